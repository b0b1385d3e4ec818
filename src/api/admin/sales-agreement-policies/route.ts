import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_POLICY_RULES } from "../../../domain/policy"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { createSalesAgreementPolicyWorkflow } from "../../../workflows"
import type { AdminCreateSalesAgreementPolicyType, AdminGetSalesAgreementPoliciesParamsType } from "./validators"

/** Admin rules (global and/or per agreement), plus the plugin's default rules they extend or replace. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSalesAgreementPoliciesParamsType>,
  res: MedusaResponse
) => {
  const { sales_agreement_id, scope } = req.validatedQuery as AdminGetSalesAgreementPoliciesParamsType
  const filters: Record<string, unknown> = {}
  if (sales_agreement_id) filters.sales_agreement_id = sales_agreement_id
  else if (scope === "global") filters.sales_agreement_id = null
  else if (scope === "agreement") filters.sales_agreement_id = { $ne: null }
  const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const { skip = 0, take = 50 } = req.queryConfig.pagination ?? {}
  const [policies, count] = await service.listAndCountSalesAgreementPolicies(filters, {
    skip,
    take,
    order: { priority: "DESC", name: "ASC" },
  })
  res.json({ policies, count, offset: skip, limit: take, defaults: DEFAULT_POLICY_RULES })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSalesAgreementPolicyType>, res: MedusaResponse) => {
  const { result } = await createSalesAgreementPolicyWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ policy: result })
}
