import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const ruleFields = {
  name: z.string(),
  description: z.string().max(500).nullish(),
  priority: z.number().int(),
  conditions: z.record(z.string(), z.unknown()),
  event: z.record(z.string(), z.unknown()),
  enabled: z.boolean().optional(),
}

/** Shape only: facts, operators, decisions and limits are checked by the policy schema (src/domain/policy). */
export const AdminCreateSalesAgreementPolicy = z
  .object({ ...ruleFields, sales_agreement_id: z.string().min(1).nullish() })
  .strict()
export type AdminCreateSalesAgreementPolicyType = z.infer<typeof AdminCreateSalesAgreementPolicy>

export const AdminUpdateSalesAgreementPolicy = z.object(ruleFields).partial().strict()
export type AdminUpdateSalesAgreementPolicyType = z.infer<typeof AdminUpdateSalesAgreementPolicy>

export const AdminGetSalesAgreementPoliciesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  sales_agreement_id: z.string().optional(),
  scope: z.enum(["global", "agreement", "all"]).optional(),
})
export type AdminGetSalesAgreementPoliciesParamsType = z.infer<typeof AdminGetSalesAgreementPoliciesParams>
