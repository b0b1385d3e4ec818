import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderPurchaseOrderHtml } from "../../../../../domain/purchase-orders/render-purchase-order-html"
import { renderPurchaseOrderPdf } from "../../../../../domain/purchase-orders/render-purchase-order-pdf"
import { SPECIAL_ORDER_MODULE } from "../../../../../modules/special-order"
import type SpecialOrderModuleService from "../../../../../modules/special-order/service"
import { loadPurchaseOrder } from "../../../../../workflows/purchase-order/steps/retrieve-purchase-order"
import { purchaseOrderDocumentView } from "../../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const po = await loadPurchaseOrder(req.scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE), req.params.id)
  const view = await purchaseOrderDocumentView(req.scope, po)
  if ((req.validatedQuery as { format?: string }).format === "pdf") {
    res.setHeader("Content-Type", "application/pdf")
    res.setHeader("Content-Disposition", `inline; filename="${po.number}.pdf"`)
    return res.send(await renderPurchaseOrderPdf(view))
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader("Content-Disposition", `inline; filename="${po.number}.html"`)
  res.send(renderPurchaseOrderHtml(view))
}
