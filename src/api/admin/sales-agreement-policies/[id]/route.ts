import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSalesAgreementPolicyWorkflow, updateSalesAgreementPolicyWorkflow } from "../../../../workflows"
import type { AdminUpdateSalesAgreementPolicyType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSalesAgreementPolicyType>, res: MedusaResponse) => {
  const { result } = await updateSalesAgreementPolicyWorkflow(req.scope).run({
    input: { ...(req.validatedBody as any), id: req.params.id },
  })
  res.json({ policy: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteSalesAgreementPolicyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "sales_agreement_policy", deleted: true })
}
