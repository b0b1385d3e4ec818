import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const releaseCheckoutReservationsStepId = "release-checkout-reservations"

/**
 * This step gives back the balance a checkout held when the cart did not
 * become an order (payment refused, error, crash): its pending entries are
 * removed. Never touches a cart that was completed.
 */
export const releaseCheckoutReservationsStep = createStep(
  releaseCheckoutReservationsStepId,
  async (input: { cart_id: string; entry_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at", "order.id"], filters: { id: input.cart_id } })
    const cart = data[0] as any
    if (cart?.completed_at || cart?.order?.id) {
      return new StepResponse(0, [] as string[])
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const pending = await service.listSalesAgreementLedgerEntries(
      { cart_id: input.cart_id, order_id: null, ...(input.entry_ids ? { id: input.entry_ids } : {}) },
      { select: ["id"] }
    )
    const ids = pending.map((p) => p.id)
    if (ids.length) await service.softDeleteSalesAgreementLedgerEntries(ids)
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).restoreSalesAgreementLedgerEntries(ids)
  }
)
