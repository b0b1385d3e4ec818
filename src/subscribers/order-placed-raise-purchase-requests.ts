import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SPECIAL_ORDER_MODULE } from "../modules/special-order"
import type SpecialOrderModuleService from "../modules/special-order/service"
import { carryOutRequisitionLinesWorkflow, raisePurchaseRequestsWorkflow } from "../workflows"

/**
 * An order was placed (checkout or a converted draft order): its special-order
 * and drop-shipment lines raise purchase requests, once per line whatever the
 * deliveries; with `auto_carry_out` the order's open lines become purchase
 * orders right away.
 */
export default async function orderPlacedRaisePurchaseRequests({ event, container }: SubscriberArgs<{ id: string }>) {
  await raisePurchaseRequestsWorkflow(container).run({ input: { order_ids: [event.data.id] } })
  const { auto_carry_out } = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE).getOptions()
  if (auto_carry_out) {
    await carryOutRequisitionLinesWorkflow(container).run({ input: { order_ids: [event.data.id] } })
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "special-order-order-placed" },
}
