import { MedusaContainer } from "@medusajs/framework/types"
import { SALES_AGREEMENT_MODULE } from "../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../modules/sales-agreement/service"
import {
  attachCheckoutReservationsWorkflow,
  emitSalesAgreementLifecycleEventsWorkflow,
  releaseCheckoutReservationsWorkflow,
} from "../../workflows"

/**
 * Carts whose checkout this process settles itself once the response has gone
 * (the store complete route's middleware): `order.placed` subscribers in this
 * process leave them alone instead of doing the same work while the response
 * is still being built.
 */
const settlingHere = new Set<string>()

export function settlesHere(cartId: string): boolean {
  return settlingHere.has(cartId)
}

/**
 * Runs `settle` once the response has been sent, marking the cart as settled
 * by this process until then. A response that is never sent (the client went
 * away) leaves the cart to the `order.placed` subscriber and the
 * reconciliation: settling then could give back a balance an order still being
 * placed needs.
 */
export function settleWhenSent(
  res: { once(event: "finish" | "close", listener: () => void): unknown; writableFinished?: boolean },
  cartId: string,
  settle: () => Promise<void>
) {
  settlingHere.add(cartId)
  res.once("finish", () => {
    void settle().finally(() => settlingHere.delete(cartId))
  })
  res.once("close", () => {
    if (!res.writableFinished) settlingHere.delete(cartId)
  })
}

/**
 * After a linked checkout: the balance the checkout held becomes the order's
 * `ordered` entries (idempotent), or is given back when no order was placed;
 * thresholds the order reached fire now rather than at the next job run.
 */
export async function settleCheckout(container: MedusaContainer, cartId: string, heldEntryIds: string[] = []) {
  const { result } = await attachCheckoutReservationsWorkflow(container).run({ input: { cart_id: cartId } })
  if (!result.order_id) {
    if (heldEntryIds.length) {
      await releaseCheckoutReservationsWorkflow(container).run({ input: { cart_id: cartId, entry_ids: heldEntryIds } })
    }
    return
  }
  const [entry] = await container
    .resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    .listSalesAgreementLedgerEntries({ order_id: result.order_id }, { select: ["sales_agreement_id"], take: 1 })
  if (entry) {
    await emitSalesAgreementLifecycleEventsWorkflow(container).run({ input: { sales_agreement_id: entry.sales_agreement_id } })
  }
}
