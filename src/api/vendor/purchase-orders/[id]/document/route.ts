import type { MedusaResponse } from "@medusajs/framework/http"
import { renderPurchaseOrderHtml } from "../../../../../domain/purchase-orders/render-purchase-order-html"
import { renderPurchaseOrderPdf } from "../../../../../domain/purchase-orders/render-purchase-order-pdf"
import type { VendorRequest } from "../../../../../lib/vendor-access/authenticate-vendor"
import { SPECIAL_ORDER_MODULE } from "../../../../../modules/special-order"
import type SpecialOrderModuleService from "../../../../../modules/special-order/service"
import { loadPurchaseOrder } from "../../../../../workflows/purchase-order/steps/retrieve-purchase-order"
import { purchaseOrderDocumentView } from "../../../../admin/purchase-orders/helpers"

/** The PO document, PDF by default (`?format=html` for the printable page). */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const po = await loadPurchaseOrder(req.scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE), req.vendor_purchase_order_id)
  const view = await purchaseOrderDocumentView(req.scope, po)
  if ((req.validatedQuery as { format?: string }).format === "html") {
    res.setHeader("Content-Type", "text/html; charset=utf-8")
    res.setHeader("Content-Disposition", `inline; filename="${po.number}.html"`)
    return res.send(renderPurchaseOrderHtml(view))
  }
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${po.number}.pdf"`)
  res.send(await renderPurchaseOrderPdf(view))
}
