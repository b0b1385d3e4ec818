import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  retrieveSalesAgreementStep,
  updateSalesAgreementsStep,
  validateSalesAgreementStateStep,
} from "../../sales-agreement/steps"
import {
  retrieveSalesAgreementPolicyStep,
  SalesAgreementPolicyInput,
  updateSalesAgreementPolicyStep,
  validatePolicyRuleStep,
} from "../steps"

export type UpdateSalesAgreementPolicyWorkflowInput = { id: string } & Partial<Omit<SalesAgreementPolicyInput, "sales_agreement_id">>

export const updateSalesAgreementPolicyWorkflowId = "update-sales-agreement-policy"

/**
 * Changes a policy rule; the rule as it would be after the change is validated whole.
 *
 * @example
 * await updateSalesAgreementPolicyWorkflow(container).run({ input: { id, enabled: false } })
 */
export const updateSalesAgreementPolicyWorkflow = createWorkflow(
  updateSalesAgreementPolicyWorkflowId,
  (input: UpdateSalesAgreementPolicyWorkflowInput) => {
    const policy = retrieveSalesAgreementPolicyStep({ id: input.id })
    validatePolicyRuleStep(transform({ input, policy }, ({ input, policy }) => ({ ...policy, ...input })))
    when({ policy }, ({ policy }) => !!policy.sales_agreement_id).then(() => {
      const agreement = retrieveSalesAgreementStep(transform({ policy }, ({ policy }) => ({ id: policy.sales_agreement_id })))
      validateSalesAgreementStateStep({ agreement, action: "edit" })
      updateSalesAgreementsStep(
        transform({ agreement }, ({ agreement }) => ({
          id: agreement.id,
          confirmation_status: agreement.confirmation_status === "confirmed" ? "modified" : agreement.confirmation_status,
        }))
      )
    })
    return new WorkflowResponse(updateSalesAgreementPolicyStep(input))
  }
)
