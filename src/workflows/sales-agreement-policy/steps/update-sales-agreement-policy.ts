import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const updateSalesAgreementPolicyStepId = "update-sales-agreement-policy"

/** This step updates a policy rule; compensation writes back the previous values. */
export const updateSalesAgreementPolicyStep = createStep(
  updateSalesAgreementPolicyStepId,
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const before = await service.retrieveSalesAgreementPolicy(input.id)
    const updated = await service.updateSalesAgreementPolicies(input as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const { id, name, description, priority, conditions, event, enabled } = before as any
    await container
      .resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
      .updateSalesAgreementPolicies({ id, name, description, priority, conditions, event, enabled })
  }
)
