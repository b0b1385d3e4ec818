import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSalesAgreementWorkflow } from "../../../workflows"
import { formatSalesAgreement, refetchSalesAgreement } from "./helpers"
import type { AdminCreateSalesAgreementType, AdminGetSalesAgreementsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSalesAgreementsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, customer_id, status } = req.validatedQuery as AdminGetSalesAgreementsParamsType
  const filters: Record<string, unknown> = { ...req.filterableFields }
  delete filters.q
  if (customer_id) filters.customer_id = customer_id
  if (status) filters.status = status
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ number: { $ilike: like } }, { title: { $ilike: like } }]
  }
  const { data, metadata } = await query.graph({
    entity: "sales_agreement",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    sales_agreements: data.map((a: any) => formatSalesAgreement(a)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSalesAgreementType>,
  res: MedusaResponse
) => {
  const { result } = await createSalesAgreementWorkflow(req.scope).run({
    input: req.validatedBody as any,
  })
  const sales_agreement = await refetchSalesAgreement(req.scope, result.id, req.queryConfig.fields)
  res.status(201).json({ sales_agreement })
}
