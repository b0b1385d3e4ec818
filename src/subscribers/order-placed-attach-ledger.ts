import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachCheckoutReservationsWorkflow, emitSalesAgreementLifecycleEventsWorkflow } from "../workflows"

/** An order placed from a linked cart: the balance its checkout held becomes the order's (idempotent). */
export default async function orderPlacedAttachLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: event.data.id } })
  const cartId = (data[0] as any)?.cart?.id
  if (cartId) {
    await attachCheckoutReservationsWorkflow(container).run({ input: { cart_id: cartId } })
    const [entry] = await container
      .resolve<any>("salesAgreement")
      .listSalesAgreementLedgerEntries({ order_id: event.data.id }, { select: ["sales_agreement_id"], take: 1 })
    if (entry) {
      // thresholds reached by this order fire now rather than at the next job run
      await emitSalesAgreementLifecycleEventsWorkflow(container).run({ input: { sales_agreement_id: entry.sales_agreement_id } })
    }
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "sales-agreement-order-placed" } }
