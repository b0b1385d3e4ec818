import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPurchaseOrderWorkflow } from "../../../../../workflows/purchase-order/workflows"
import { refetchAdminPurchaseOrder } from "../../helpers"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await cancelPurchaseOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({
    purchase_order: await refetchAdminPurchaseOrder(req.scope, req.params.id),
    requisition_lines: { reopened: result.reopened, canceled: result.canceled },
  })
}
