import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { raisePurchaseRequestsWorkflow } from "../../../../workflows"
import { formatSpecialOrderRecord } from "../../special-orders/helpers"
import type { AdminGetSalesOrdersType } from "../../special-orders/validators"

/**
 * `POST /admin/requisition-lines/get-sales-orders` `{ order_id?, from?, to? }`: pulls the special-order
 * lines of placed orders that are not on the worksheet yet; returns the lines added (and how many lines
 * of the selection were already on it).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminGetSalesOrdersType>, res: MedusaResponse) => {
  const { order_id, from, to } = req.validatedBody as AdminGetSalesOrdersType
  const { result } = await raisePurchaseRequestsWorkflow(req.scope).run({
    input: { ...(order_id ? { order_ids: [order_id] } : {}), from, to },
  })
  res.json({
    requisition_lines: result.requisition_lines.map((l) => formatSpecialOrderRecord(l as any)),
    count: result.requisition_lines.length,
    already_on_worksheet: result.already_on_worksheet,
  })
}
