import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../lib/vendor-access/authenticate-vendor"
import { refetchVendorPurchaseOrder } from "../helpers"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ purchase_order: await refetchVendorPurchaseOrder(req.scope, req.vendor_purchase_order_id) })
}
