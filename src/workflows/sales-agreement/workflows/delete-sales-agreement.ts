import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteSalesAgreementsStep,
  retrieveSalesAgreementStep,
  validateSalesAgreementStateStep,
} from "../steps"

export const deleteSalesAgreementWorkflowId = "delete-sales-agreement"

/**
 * Deletes a draft agreement (an agreement that was ever effective is closed,
 * never deleted, so its history stays).
 *
 * @example
 * await deleteSalesAgreementWorkflow(container).run({ input: { id } })
 */
export const deleteSalesAgreementWorkflow = createWorkflow(
  deleteSalesAgreementWorkflowId,
  (input: { id: string }) => {
    const agreement = retrieveSalesAgreementStep({ id: input.id })
    validateSalesAgreementStateStep({ agreement, action: "delete" })
    deleteSalesAgreementsStep(transform({ input }, ({ input }) => [input.id]))
    return new WorkflowResponse({ id: input.id })
  }
)
