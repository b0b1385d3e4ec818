import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setReturnAgreementLinkWorkflow } from "../../../../../workflows"

/** Links the return to its order's agreement again: its received items reduce fulfillment. */
export const POST = async (req: AuthenticatedMedusaRequest<{ sales_agreement_id?: string }>, res: MedusaResponse) => {
  const { result } = await setReturnAgreementLinkWorkflow(req.scope).run({
    input: { return_id: req.params.id, linked: true, sales_agreement_id: req.validatedBody?.sales_agreement_id },
  })
  res.json({ return_link: result })
}

/** Removes the link: the return no longer counts against the agreement. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await setReturnAgreementLinkWorkflow(req.scope).run({
    input: { return_id: req.params.id, linked: false },
  })
  res.json({ return_link: result })
}
