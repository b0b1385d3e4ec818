import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchAdminPurchaseOrder } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ purchase_order: await refetchAdminPurchaseOrder(req.scope, req.params.id) })
}
