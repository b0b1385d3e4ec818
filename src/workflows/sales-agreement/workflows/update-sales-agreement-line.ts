import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CommitmentInput } from "../../../types"
import {
  retrieveSalesAgreementStep,
  updateSalesAgreementLinesStep,
  updateSalesAgreementsStep,
  validateAgreementReferencesStep,
  validateLineInAgreementStep,
  validateSalesAgreementInputStep,
  validateSalesAgreementStateStep,
} from "../steps"

export type UpdateSalesAgreementLineWorkflowInput = {
  sales_agreement_id: string
  line_id: string
  update: Partial<CommitmentInput>
}

export const updateSalesAgreementLineWorkflowId = "update-sales-agreement-line"

/**
 * Changes one commitment. The line as it would be after the change is
 * validated whole, so a type change must clear the fields the new type forbids.
 *
 * @example
 * await updateSalesAgreementLineWorkflow(container).run({
 *   input: { sales_agreement_id, line_id, update: { quantity: 600 } },
 * })
 */
export const updateSalesAgreementLineWorkflow = createWorkflow(
  updateSalesAgreementLineWorkflowId,
  (input: UpdateSalesAgreementLineWorkflowInput) => {
    const agreement = retrieveSalesAgreementStep({ id: input.sales_agreement_id })
    validateSalesAgreementStateStep({ agreement, action: "edit" })
    const line = validateLineInAgreementStep({ agreement, line_id: input.line_id })
    const checks = transform({ input, agreement, line }, ({ input, agreement, line }) => ({
      header: { effective_date: agreement.effective_date, expiration_date: agreement.expiration_date },
      lines: [{ input: { ...(line as any), ...input.update }, field_prefix: "" }],
    }))
    validateSalesAgreementInputStep(checks)
    validateAgreementReferencesStep(transform({ input }, ({ input }) => ({ lines: [input.update] })))
    updateSalesAgreementLinesStep(
      transform({ input }, ({ input }) => [{ id: input.line_id, ...input.update }])
    )
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
