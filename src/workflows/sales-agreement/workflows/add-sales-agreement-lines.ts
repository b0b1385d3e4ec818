import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CommitmentInput } from "../../../types"
import {
  createSalesAgreementLinesStep,
  retrieveSalesAgreementStep,
  updateSalesAgreementsStep,
  validateAgreementReferencesStep,
  validateSalesAgreementInputStep,
  validateSalesAgreementStateStep,
} from "../steps"

export type AddSalesAgreementLinesWorkflowInput = {
  sales_agreement_id: string
  lines: CommitmentInput[]
  /** prefix of field names in error messages; "" for a single line sent as the body */
  field_prefix?: string
}

export const addSalesAgreementLinesWorkflowId = "add-sales-agreement-lines"

/**
 * Adds commitments to an agreement (a confirmed agreement becomes modified).
 *
 * @example
 * await addSalesAgreementLinesWorkflow(container).run({
 *   input: { sales_agreement_id, lines: [{ commitment_type: "product_value", product_id, amount: "500" }] },
 * })
 */
export const addSalesAgreementLinesWorkflow = createWorkflow(
  addSalesAgreementLinesWorkflowId,
  (input: AddSalesAgreementLinesWorkflowInput) => {
    const agreement = retrieveSalesAgreementStep({ id: input.sales_agreement_id })
    validateSalesAgreementStateStep({ agreement, action: "edit" })
    const checks = transform({ input, agreement }, ({ input, agreement }) => ({
      header: { effective_date: agreement.effective_date, expiration_date: agreement.expiration_date },
      lines: input.lines.map((line, i) => ({
        input: line,
        field_prefix: input.field_prefix ?? `lines.${i}.`,
      })),
    }))
    validateSalesAgreementInputStep(checks)
    validateAgreementReferencesStep({ lines: input.lines })
    const ids = createSalesAgreementLinesStep({
      sales_agreement_id: input.sales_agreement_id,
      lines: input.lines,
    })
    updateSalesAgreementsStep(
      transform({ agreement }, ({ agreement }) => ({
        id: agreement.id,
        confirmation_status: agreement.confirmation_status === "confirmed" ? "modified" : agreement.confirmation_status,
      }))
    )
    const result = retrieveSalesAgreementStep({ id: input.sales_agreement_id }).config({
      name: "retrieve-updated-sales-agreement",
    })
    return new WorkflowResponse(
      transform({ result, ids }, ({ result, ids }) => ({ agreement: result, line_ids: ids }))
    )
  }
)
