import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { computeLineAmount } from "../../../domain/pricing/compute-agreement-price"
import { LineMetadataKey } from "../../../lib/cart-pricing"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { decimalString } from "../../../utils/decimals"

/**
 * `POST /admin/draft-orders/:id/convert-to-order` for a release order: its
 * linked lines take their commitments' balance atomically before Medusa
 * converts it (400 naming the line and the remaining balance if a
 * max-enforced commitment has no room, nothing written); given back if the
 * conversion does not happen.
 */
export async function consumeReleaseOrder(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "currency_code", "metadata", "items.id", "items.unit_price", "items.metadata", "items.detail.quantity"],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  const agreementId = order?.metadata?.sales_agreement_id
  const lines = (order?.items ?? []).filter((i: any) => i.metadata?.[LineMetadataKey.AGREEMENT_LINE_ID])
  if (!order || order.status !== "draft" || !agreementId || !lines.length) {
    return next()
  }
  const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const { inserted_ids } = await service.recordLedgerEntries(
    lines.map((i: any) => ({
      sales_agreement_id: agreementId,
      sales_agreement_line_id: i.metadata[LineMetadataKey.AGREEMENT_LINE_ID],
      kind: "ordered" as const,
      quantity: decimalString(i.detail?.quantity ?? 0),
      amount: computeLineAmount(decimalString(i.unit_price), decimalString(i.detail?.quantity ?? 0)),
      currency_code: order.currency_code,
      order_id: order.id,
      order_line_item_id: i.id,
      idempotency_key: `ordered:order-line:${i.id}`,
    })),
    { enforce_max: true }
  )
  res.on("finish", () => {
    void (async () => {
      const { data: after } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: order.id } })
      if ((after[0] as any)?.status === "draft" && inserted_ids.length) {
        await service.softDeleteSalesAgreementLedgerEntries(inserted_ids)
      }
    })().catch(() => undefined)
  })
  next()
}
