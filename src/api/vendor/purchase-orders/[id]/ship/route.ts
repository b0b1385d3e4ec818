import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../../lib/vendor-access/authenticate-vendor"
import { shipPurchaseOrderWorkflow } from "../../../../../workflows/purchase-order/workflows"
import type { VendorShipPurchaseOrderType } from "../../../validators"
import { refetchVendorPurchaseOrder } from "../../helpers"

export const POST = async (req: VendorRequest<VendorShipPurchaseOrderType>, res: MedusaResponse) => {
  await shipPurchaseOrderWorkflow(req.scope).run({
    input: { id: req.vendor_purchase_order_id, carrier: req.validatedBody.carrier, tracking_number: req.validatedBody.tracking_number },
  })
  res.json({ purchase_order: await refetchVendorPurchaseOrder(req.scope, req.vendor_purchase_order_id) })
}
