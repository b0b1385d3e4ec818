import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addSalesAgreementLinesWorkflow } from "../../../../../workflows"
import { refetchSalesAgreement } from "../../helpers"
import type { AdminCreateSalesAgreementLineType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSalesAgreementLineType>,
  res: MedusaResponse
) => {
  const { result } = await addSalesAgreementLinesWorkflow(req.scope).run({
    input: {
      sales_agreement_id: req.params.id,
      lines: [req.validatedBody as any],
      field_prefix: "",
    },
  })
  const sales_agreement = await refetchSalesAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.status(201).json({ sales_agreement, line_id: result.line_ids[0] })
}
