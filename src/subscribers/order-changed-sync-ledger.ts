import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachOrderCheckout } from "../lib/checkout/attach-order-checkout"
import { breakPriceFixedLinks } from "../lib/order-link/break-price-fixed-links"
import { reconcileLedger } from "../lib/reconcile/reconcile-ledger"

/**
 * An order edit, or an admin change to an order's lines (quantity, removal,
 * unlinked line, a changed price on a price-fixed line, which breaks its
 * link), writes the difference into the ledger: the order is reconciled on its own. Idempotent (the correction keys carry the figures).
 */
export default async function orderChangedSyncLedger({ event, container }: SubscriberArgs<{ order_id?: string; id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId) return
  const query = container.resolve("query") as any
  const { data } = await query.graph({ entity: "order", fields: ["id", "status", "cart.id"], filters: { id: orderId } })
  const ledger = container.resolve<any>("salesAgreement")
  let [entry] = await ledger.listSalesAgreementLedgerEntries({ order_id: orderId }, { select: ["id"], take: 1 })
  if (!entry && data[0]?.cart?.id) {
    // a change that comes before its checkout was settled: attach what the checkout held first
    if (await attachOrderCheckout(container, orderId, data[0].cart.id)) {
      ;[entry] = await ledger.listSalesAgreementLedgerEntries({ order_id: orderId }, { select: ["id"], take: 1 })
    }
  }
  // a cancellation is reversed by its own subscriber (order.canceled)
  if (entry && data[0] && data[0].status !== "canceled") {
    await breakPriceFixedLinks(container, orderId)
    await reconcileLedger(container, { order_id: orderId, fix: true })
  }
}

export const config: SubscriberConfig = {
  event: ["order-edit.confirmed", "order.updated"],
  context: { subscriberId: "sales-agreement-order-changed" },
}
