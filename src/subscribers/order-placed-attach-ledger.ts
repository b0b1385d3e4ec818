import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleCheckout, settlesHere } from "../lib/checkout/settle-checkout"

/**
 * An order placed from a linked cart: the balance its checkout held becomes
 * the order's (idempotent), and thresholds fire. Left to the store route when
 * this process completed the cart through it: the route settles once its
 * response is sent instead of competing with it.
 */
export default async function orderPlacedAttachLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: event.data.id } })
  const cartId = (data[0] as any)?.cart?.id
  if (cartId && !settlesHere(cartId)) {
    await settleCheckout(container, cartId)
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "sales-agreement-order-placed" } }
