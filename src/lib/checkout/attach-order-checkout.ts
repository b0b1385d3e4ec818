import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALES_AGREEMENT_MODULE } from "../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../modules/sales-agreement/service"
import { attachCheckoutReservationsWorkflow } from "../../workflows"

/**
 * Gives an order the `ordered` entries its checkout wrote, if they are not
 * attached yet. A checkout is settled just after its response has been sent,
 * so anything that changes an order (cancel, edit, admin unlink, return) runs
 * this first: the change must see what the order consumed. Idempotent; for an
 * order whose cart holds nothing (most orders) it is one indexed read. True
 * when it attached something.
 */
export async function attachOrderCheckout(container: MedusaContainer, orderId: string, cartId?: string | null): Promise<boolean> {
  if (cartId === undefined) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: orderId } })
    cartId = (data[0] as any)?.cart?.id ?? null
  }
  if (!cartId) return false
  const [pending] = await container
    .resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    .listSalesAgreementLedgerEntries({ cart_id: cartId, order_id: null }, { select: ["id"], take: 1 })
  if (!pending) return false
  await attachCheckoutReservationsWorkflow(container).run({ input: { cart_id: cartId } })
  return true
}
