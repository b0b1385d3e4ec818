import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderConsumptionWorkflow } from "../workflows"

/** A canceled order gives back what it consumed from its commitments (idempotent). */
export default async function orderCanceledReverseLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseOrderConsumptionWorkflow(container).run({ input: { order_id: event.data.id, reason: "cancel" } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "sales-agreement-order-canceled" } }
