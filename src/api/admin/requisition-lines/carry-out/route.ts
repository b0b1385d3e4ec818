import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { carryOutRequisitionLinesWorkflow } from "../../../../workflows"
import type { AdminCarryOutRequisitionLinesType } from "../../special-orders/validators"

/**
 * `POST /admin/requisition-lines/carry-out` `{ ids? }`: turns the chosen (or all open) requisition lines
 * into draft purchase orders, one per vendor (and per drop-shipment order).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCarryOutRequisitionLinesType>, res: MedusaResponse) => {
  const { ids } = req.validatedBody as AdminCarryOutRequisitionLinesType
  const { result } = await carryOutRequisitionLinesWorkflow(req.scope).run({ input: ids ? { ids } : {} })
  res.json(result)
}
