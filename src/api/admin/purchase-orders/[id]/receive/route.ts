import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receivePurchaseOrderWorkflow } from "../../../../../workflows/purchase-order/workflows"
import { refetchAdminPurchaseOrder } from "../../helpers"
import type { AdminReceivePurchaseOrderType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminReceivePurchaseOrderType>, res: MedusaResponse) => {
  const { result } = await receivePurchaseOrderWorkflow(req.scope).run({
    input: { id: req.params.id, lines: req.validatedBody.lines },
  })
  res.json({ purchase_order: await refetchAdminPurchaseOrder(req.scope, req.params.id), received: result.lines })
}
