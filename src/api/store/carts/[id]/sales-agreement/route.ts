import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { repriceCartWorkflowId } from "../../../../../workflows"
import { runThroughEngine } from "../../../../../lib/workflows/run-through-engine"
import type { StoreLinkCartSalesAgreementType } from "../../../sales-agreements/validators"
import { assertCustomerCart } from "../../middlewares/assert-customer-cart"

/** Links the customer's cart to one of their agreements: header terms onto the cart, contract prices onto its lines. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreLinkCartSalesAgreementType>, res: MedusaResponse) => {
  await assertCustomerCart(req)
  await runThroughEngine(req.scope, repriceCartWorkflowId, {
    cart_id: req.params.id,
    action: "link",
    sales_agreement_id: req.validatedBody.sales_agreement_id,
    requested_ship_date: req.validatedBody.requested_ship_date,
  })
  res.json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}

/** Unlinks the cart: trade prices come back and auto-apply leaves this cart alone. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertCustomerCart(req)
  await runThroughEngine(req.scope, repriceCartWorkflowId, { cart_id: req.params.id, action: "unlink", disable_auto_apply: true })
  res.json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}
