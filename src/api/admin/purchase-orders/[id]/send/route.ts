import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPurchaseOrderWorkflow } from "../../../../../workflows/purchase-order/workflows"
import { refetchAdminPurchaseOrder } from "../../helpers"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendPurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ purchase_order: await refetchAdminPurchaseOrder(req.scope, req.params.id) })
}
