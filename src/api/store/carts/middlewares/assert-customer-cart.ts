import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SalesAgreementErrorCode } from "../../../../utils/errors"

/** Agreements are per customer: only the customer the cart belongs to may link or unlink it. */
export async function assertCustomerCart(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  const cart = data[0] as { id: string; customer_id: string | null } | undefined
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  }
  if (!cart.customer_id || cart.customer_id !== req.auth_context?.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Cart (${cart.id}) does not belong to the logged-in customer; only a customer's own cart can be linked to their sales agreements`,
      SalesAgreementErrorCode.CART_NOT_OWNED
    )
  }
}
