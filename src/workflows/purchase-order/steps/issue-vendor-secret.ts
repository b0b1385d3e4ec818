import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeSecretExpiry, generateVendorSecret } from "../../../domain/purchase-orders/vendor-secret"
import type { PurchaseOrderStatus } from "../../../domain/purchase-orders/types"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"

export const issueVendorSecretStepId = "issue-vendor-secret"

/**
 * This step issues a new vendor access secret for a PO and marks it sent:
 * only the sha256 is stored, so the previous secret stops working at once.
 * Returns the secret (for the notification) and its expiry; compensation
 * restores the previous hash, expiry, status and send time.
 */
export const issueVendorSecretStep = createStep(
  issueVendorSecretStepId,
  async (input: { id: string; status: PurchaseOrderStatus }, { container }) => {
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    const [before] = (await service.listPurchaseOrders(
      { id: input.id },
      { select: ["id", "status", "sent_at", "access_token_hash", "access_token_expires_at"] }
    )) as any[]
    const now = new Date()
    const { secret, hash } = generateVendorSecret()
    const expires_at = computeSecretExpiry(now, service.getOptions().vendor_token_ttl_days)
    await service.updatePurchaseOrders({
      id: input.id,
      status: input.status,
      sent_at: now,
      access_token_hash: hash,
      access_token_expires_at: expires_at,
    } as any)
    return new StepResponse(
      { secret, expires_at: expires_at.toISOString(), sent_at: now.toISOString() },
      before
        ? {
            id: before.id,
            status: before.status,
            sent_at: before.sent_at ?? null,
            access_token_hash: before.access_token_hash ?? null,
            access_token_expires_at: before.access_token_expires_at ?? null,
          }
        : undefined
    )
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    await service.updatePurchaseOrders(before as any)
  }
)
