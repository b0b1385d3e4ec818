import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelPurchaseRequestsWorkflow } from "../workflows"

/** A canceled order cancels its open purchase requests and flags its purchase order lines (idempotent). */
export default async function orderCanceledCancelPurchaseRequests({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelPurchaseRequestsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "special-order-order-canceled" },
}
