import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SalesAgreementHeaderInput } from "../../../types"
import { propagateAgreementDimensionsStep } from "../../release-order/steps/propagate-agreement-dimensions"
import {
  retrieveSalesAgreementStep,
  updateSalesAgreementsStep,
  validateAgreementReferencesStep,
  validateSalesAgreementInputStep,
  validateSalesAgreementStateStep,
} from "../steps"

export type UpdateSalesAgreementWorkflowInput = { id: string } & Partial<SalesAgreementHeaderInput>

export const updateSalesAgreementWorkflowId = "update-sales-agreement"

/**
 * Changes an agreement's header. A confirmed agreement becomes "modified since
 * confirmation"; its stored versions are never touched. Every commitment must
 * still fit the new validity window.
 *
 * @example
 * await updateSalesAgreementWorkflow(container).run({ input: { id, payment_terms: "Net 45" } })
 */
export const updateSalesAgreementWorkflow = createWorkflow(
  updateSalesAgreementWorkflowId,
  (input: UpdateSalesAgreementWorkflowInput) => {
    const agreement = retrieveSalesAgreementStep({ id: input.id })
    validateSalesAgreementStateStep({
      agreement,
      action: "edit",
      currency_code: input.currency_code,
      customer_id: input.customer_id,
    })
    const checks = transform({ input, agreement }, ({ input, agreement }) => {
      const header = {
        effective_date: input.effective_date ?? agreement.effective_date,
        expiration_date: input.expiration_date ?? agreement.expiration_date,
      }
      return {
        header,
        lines: (agreement.lines ?? []).map((line, i) => ({
          input: line as any,
          field_prefix: `lines.${i}.`,
        })),
      }
    })
    validateSalesAgreementInputStep(checks)
    validateAgreementReferencesStep({ customer_id: input.customer_id, currency_code: input.currency_code })
    const update = transform({ input, agreement }, ({ input, agreement }) => ({
      ...input,
      ...(input.currency_code ? { currency_code: input.currency_code.toLowerCase() } : {}),
      ...(agreement.confirmation_status === "confirmed" ? { confirmation_status: "modified" } : {}),
    }))
    updateSalesAgreementsStep(update)
    propagateAgreementDimensionsStep({ sales_agreement_id: input.id, dimensions: input.dimensions })
    return new WorkflowResponse(
      retrieveSalesAgreementStep({ id: input.id }).config({ name: "retrieve-updated-sales-agreement" })
    )
  }
)
