import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachOrderCheckout } from "../lib/checkout/attach-order-checkout"
import { syncReturnConsumptionWorkflow } from "../workflows"

/** Items received back reduce the agreement's fulfillment (idempotent), once the order has what its checkout held. */
export default async function returnReceivedSyncLedger({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  if (event.data.order_id) await attachOrderCheckout(container, event.data.order_id)
  await syncReturnConsumptionWorkflow(container).run({ input: { return_id: event.data.return_id } })
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "sales-agreement-return-received" },
}
