import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSalesAgreementWorkflow, updateSalesAgreementWorkflow } from "../../../../workflows"
import { refetchSalesAgreement, withFulfillment } from "../helpers"
import type { AdminUpdateSalesAgreementType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const sales_agreement = await refetchSalesAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ sales_agreement: await withFulfillment(req.scope, sales_agreement) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSalesAgreementType>,
  res: MedusaResponse
) => {
  await updateSalesAgreementWorkflow(req.scope).run({
    input: { ...(req.validatedBody as any), id: req.params.id },
  })
  const sales_agreement = await refetchSalesAgreement(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ sales_agreement })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteSalesAgreementWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "sales_agreement", deleted: true })
}
