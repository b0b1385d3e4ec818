import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateSalesAgreementStatusWorkflow } from "../../../../../workflows"
import { refetchSalesAgreement } from "../../helpers"
import type { AdminUpdateSalesAgreementStatusType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSalesAgreementStatusType>,
  res: MedusaResponse
) => {
  await updateSalesAgreementStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status },
  })
  const sales_agreement = await refetchSalesAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ sales_agreement })
}
