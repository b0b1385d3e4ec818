import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteSalesAgreementLinesStep,
  retrieveSalesAgreementStep,
  updateSalesAgreementsStep,
  validateLineInAgreementStep,
  validateLinesRemovableStep,
  validateSalesAgreementStateStep,
} from "../steps"

export const deleteSalesAgreementLineWorkflowId = "delete-sales-agreement-line"

/**
 * Removes a commitment that no order has consumed yet (no ledger entries).
 *
 * @example
 * await deleteSalesAgreementLineWorkflow(container).run({ input: { sales_agreement_id, line_id } })
 */
export const deleteSalesAgreementLineWorkflow = createWorkflow(
  deleteSalesAgreementLineWorkflowId,
  (input: { sales_agreement_id: string; line_id: string }) => {
    const agreement = retrieveSalesAgreementStep({ id: input.sales_agreement_id })
    validateSalesAgreementStateStep({ agreement, action: "edit" })
    validateLineInAgreementStep({ agreement, line_id: input.line_id })
    const ids = transform({ input }, ({ input }) => [input.line_id])
    validateLinesRemovableStep(ids)
    deleteSalesAgreementLinesStep(ids)
    updateSalesAgreementsStep(
      transform({ agreement }, ({ agreement }) => ({
        id: agreement.id,
        confirmation_status: agreement.confirmation_status === "confirmed" ? "modified" : agreement.confirmation_status,
      }))
    )
    return new WorkflowResponse(
      retrieveSalesAgreementStep({ id: input.sales_agreement_id }).config({
        name: "retrieve-updated-sales-agreement",
      })
    )
  }
)
