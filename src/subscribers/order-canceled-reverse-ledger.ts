import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachCheckoutReservationsWorkflow, reverseOrderConsumptionWorkflow } from "../workflows"

/**
 * A canceled order gives back what it consumed from its commitments
 * (idempotent). What its checkout held is attached to it first, in case the
 * cancellation comes before the checkout was settled.
 */
export default async function orderCanceledReverseLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: event.data.id } })
  const cartId = (data[0] as any)?.cart?.id
  if (cartId) {
    await attachCheckoutReservationsWorkflow(container).run({ input: { cart_id: cartId } })
  }
  await reverseOrderConsumptionWorkflow(container).run({ input: { order_id: event.data.id, reason: "cancel" } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "sales-agreement-order-canceled" } }
