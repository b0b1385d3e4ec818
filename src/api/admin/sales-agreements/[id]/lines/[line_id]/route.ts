import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteSalesAgreementLineWorkflow,
  updateSalesAgreementLineWorkflow,
} from "../../../../../../workflows"
import { refetchSalesAgreement } from "../../../helpers"
import type { AdminUpdateSalesAgreementLineType } from "../../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSalesAgreementLineType>,
  res: MedusaResponse
) => {
  await updateSalesAgreementLineWorkflow(req.scope).run({
    input: {
      sales_agreement_id: req.params.id,
      line_id: req.params.line_id,
      update: req.validatedBody as any,
    },
  })
  const sales_agreement = await refetchSalesAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ sales_agreement })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteSalesAgreementLineWorkflow(req.scope).run({
    input: { sales_agreement_id: req.params.id, line_id: req.params.line_id },
  })
  const sales_agreement = await refetchSalesAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ id: req.params.line_id, object: "sales_agreement_line", deleted: true, parent: sales_agreement })
}
