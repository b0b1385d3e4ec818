import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export type SalesAgreementPolicyInput = {
  sales_agreement_id?: string | null
  name: string
  description?: string | null
  priority: number
  conditions: Record<string, unknown>
  event: Record<string, unknown>
  enabled?: boolean
}

export const createSalesAgreementPolicyStepId = "create-sales-agreement-policy"

/** This step stores a policy rule (global or for one agreement); a name is unique within its scope. */
export const createSalesAgreementPolicyStep = createStep(
  createSalesAgreementPolicyStepId,
  async (input: SalesAgreementPolicyInput, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const taken = await service.listSalesAgreementPolicies(
      { name: input.name, sales_agreement_id: input.sales_agreement_id ?? null },
      { select: ["id"], take: 1 }
    )
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `name: a policy rule named ${input.name} already exists in this scope (${taken[0].id})`,
        SalesAgreementErrorCode.POLICY_NAME_TAKEN
      )
    }
    const created = await service.createSalesAgreementPolicies({ ...input, sales_agreement_id: input.sales_agreement_id ?? null } as any)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).deleteSalesAgreementPolicies(id)
  }
)
