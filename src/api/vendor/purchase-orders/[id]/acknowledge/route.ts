import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../../lib/vendor-access/authenticate-vendor"
import { acknowledgePurchaseOrderWorkflow } from "../../../../../workflows/purchase-order/workflows"
import type { VendorAcknowledgePurchaseOrderType } from "../../../validators"
import { refetchVendorPurchaseOrder } from "../../helpers"

export const POST = async (req: VendorRequest<VendorAcknowledgePurchaseOrderType>, res: MedusaResponse) => {
  await acknowledgePurchaseOrderWorkflow(req.scope).run({
    input: { id: req.vendor_purchase_order_id, expected_ship_date: req.validatedBody.expected_ship_date },
  })
  res.json({ purchase_order: await refetchVendorPurchaseOrder(req.scope, req.vendor_purchase_order_id) })
}
