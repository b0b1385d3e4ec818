import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listSpecialOrderEntities } from "../special-orders/helpers"
import type { AdminGetRequisitionLinesParamsType } from "../special-orders/validators"

/** `GET /admin/requisition-lines`: the requisition worksheet (filters status, kind, vendor_id, order_id, due_date[$gte|$lte]). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetRequisitionLinesParamsType>, res: MedusaResponse) => {
  const { status, kind, vendor_id, order_id, due_date } = req.validatedQuery as AdminGetRequisitionLinesParamsType
  const filters: Record<string, unknown> = { ...req.filterableFields }
  if (status) filters.status = status
  if (kind) filters.kind = kind
  if (vendor_id) filters.vendor_id = vendor_id
  if (order_id) filters.order_id = order_id
  if (due_date) {
    filters.due_date = Object.fromEntries(Object.entries(due_date).map(([op, v]) => [op, new Date(v as string)]))
  }
  res.json(
    await listSpecialOrderEntities(req.scope, "requisition_line", "requisition_lines", {
      fields: req.queryConfig.fields,
      filters,
      pagination: req.queryConfig.pagination,
    })
  )
}
