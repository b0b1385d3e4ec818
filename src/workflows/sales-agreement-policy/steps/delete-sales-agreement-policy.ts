import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const deleteSalesAgreementPolicyStepId = "delete-sales-agreement-policy"

/** This step soft-deletes a policy rule; compensation restores it. */
export const deleteSalesAgreementPolicyStep = createStep(
  deleteSalesAgreementPolicyStepId,
  async (id: string, { container }) => {
    await container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).softDeleteSalesAgreementPolicies([id])
    return new StepResponse(void 0, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).restoreSalesAgreementPolicies([id])
  }
)
