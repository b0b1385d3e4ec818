import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncReturnConsumptionWorkflow } from "../workflows"

/** Items received back reduce the agreement's fulfillment (idempotent). */
export default async function returnReceivedSyncLedger({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await syncReturnConsumptionWorkflow(container).run({ input: { return_id: event.data.return_id } })
}

export const config: SubscriberConfig = {
  event: "order.return_received",
  context: { subscriberId: "sales-agreement-return-received" },
}
