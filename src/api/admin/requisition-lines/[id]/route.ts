import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decimalToString } from "../../../../domain/money/decimal"
import { SpecialOrderErrorCode } from "../../../../utils/special-order-errors"
import { updateRequisitionLineWorkflow } from "../../../../workflows"
import { refetchSpecialOrderEntity } from "../../special-orders/helpers"
import type { AdminUpdateRequisitionLineType } from "../../special-orders/validators"

const notFound = { label: "Requisition line", code: SpecialOrderErrorCode.REQUISITION_LINE_NOT_FOUND }

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    requisition_line: await refetchSpecialOrderEntity(req.scope, "requisition_line", req.params.id, req.queryConfig.fields, notFound),
  })
}

/** `POST /admin/requisition-lines/:id`: changes vendor, quantity, due date or unit cost of an open line. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRequisitionLineType>, res: MedusaResponse) => {
  const { unit_cost, due_date, ...body } = req.validatedBody as AdminUpdateRequisitionLineType
  await updateRequisitionLineWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      ...body,
      ...(unit_cost !== undefined ? { unit_cost: decimalToString(unit_cost) } : {}),
      ...(due_date !== undefined ? { due_date: new Date(due_date) } : {}),
    },
  })
  res.json({
    requisition_line: await refetchSpecialOrderEntity(req.scope, "requisition_line", req.params.id, req.queryConfig.fields, notFound),
  })
}
