import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  retrieveSalesAgreementStep,
  updateSalesAgreementsStep,
  validateSalesAgreementStateStep,
} from "../../sales-agreement/steps"
import { deleteSalesAgreementPolicyStep, retrieveSalesAgreementPolicyStep } from "../steps"

export const deleteSalesAgreementPolicyWorkflowId = "delete-sales-agreement-policy"

/**
 * Removes a policy rule (a default rule it replaced applies again).
 *
 * @example
 * await deleteSalesAgreementPolicyWorkflow(container).run({ input: { id } })
 */
export const deleteSalesAgreementPolicyWorkflow = createWorkflow(
  deleteSalesAgreementPolicyWorkflowId,
  (input: { id: string }) => {
    const policy = retrieveSalesAgreementPolicyStep({ id: input.id })
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
    deleteSalesAgreementPolicyStep(input.id)
    return new WorkflowResponse({ id: input.id })
  }
)
