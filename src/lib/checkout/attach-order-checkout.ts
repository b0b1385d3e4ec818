import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attachCheckoutReservationsWorkflow } from "../../workflows"

/**
 * Gives an order the `ordered` entries its checkout wrote, if they are not
 * attached yet. A checkout is settled just after its response has been sent,
 * so anything that changes an order (cancel, edit, admin unlink) runs this
 * first: the change must see what the order consumed. Idempotent.
 */
export async function attachOrderCheckout(container: MedusaContainer, orderId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: orderId } })
  const cartId = (data[0] as any)?.cart?.id
  if (cartId) {
    await attachCheckoutReservationsWorkflow(container).run({ input: { cart_id: cartId } })
  }
}
