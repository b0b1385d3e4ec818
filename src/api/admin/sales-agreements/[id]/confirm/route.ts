import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmSalesAgreementWorkflow } from "../../../../../workflows"
import { formatVersion } from "../versions/helpers"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await confirmSalesAgreementWorkflow(req.scope).run({
    input: { id: req.params.id, confirmed_by: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ version: formatVersion(result) })
}
