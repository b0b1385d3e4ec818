import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createReleaseOrderWorkflow } from "../../../../../workflows"
import type { AdminReleaseSalesAgreementOrderType } from "../../validators"

/** Releases an order from the agreement: a draft order for its customer, linked, priced, with the header terms. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReleaseSalesAgreementOrderType>, res: MedusaResponse) => {
  const { result } = await createReleaseOrderWorkflow(req.scope).run({
    input: { ...(req.validatedBody as any), sales_agreement_id: req.params.id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "is_draft_order", "customer_id", "currency_code", "metadata", "total", "item_total", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata", "shipping_address.*"],
    filters: { id: (result as any).id },
  })
  res.status(201).json({ draft_order: data[0] })
}
