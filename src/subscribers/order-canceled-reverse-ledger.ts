import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachOrderCheckout } from "../lib/checkout/attach-order-checkout"
import { reverseOrderConsumptionWorkflow } from "../workflows"

/**
 * A canceled order gives back what it consumed from its commitments
 * (idempotent). What its checkout held is attached to it first, in case the
 * cancellation comes before the checkout was settled.
 */
export default async function orderCanceledReverseLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  await attachOrderCheckout(container, event.data.id)
  await reverseOrderConsumptionWorkflow(container).run({ input: { order_id: event.data.id, reason: "cancel" } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "sales-agreement-order-canceled" } }
