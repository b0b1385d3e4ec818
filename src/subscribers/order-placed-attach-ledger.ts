import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CartMetadataKey } from "../lib/cart-pricing/agreement-metadata"
import { settleCheckout, settlesHere } from "../lib/checkout/settle-checkout"

/**
 * An order placed from a linked cart: the balance its checkout held becomes
 * the order's (idempotent), and thresholds fire. Left to the store route when
 * this process completed the cart through it: the route settles once its
 * response is sent instead of competing with it.
 */
export default async function orderPlacedAttachLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata", "cart.id"], filters: { id: event.data.id } })
  const order = data[0] as any
  const cartId = order?.cart?.id
  // orders of carts never linked (their metadata, copied from the cart, names no agreement) held nothing
  if (cartId && order.metadata?.[CartMetadataKey.AGREEMENT_ID] && !settlesHere(cartId)) {
    await settleCheckout(container, cartId)
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "sales-agreement-order-placed" } }
