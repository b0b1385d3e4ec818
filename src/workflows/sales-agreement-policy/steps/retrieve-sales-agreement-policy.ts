import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const retrieveSalesAgreementPolicyStepId = "retrieve-sales-agreement-policy"

/** This step loads a policy rule or fails with a 404. */
export const retrieveSalesAgreementPolicyStep = createStep(
  retrieveSalesAgreementPolicyStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const [policy] = await service.listSalesAgreementPolicies({ id: input.id }, { take: 1 })
    if (!policy) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Policy rule with id: ${input.id} was not found`,
        SalesAgreementErrorCode.POLICY_NOT_FOUND
      )
    }
    return new StepResponse(policy as any)
  }
)
