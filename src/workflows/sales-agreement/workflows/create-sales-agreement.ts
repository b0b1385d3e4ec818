import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SalesAgreementEvents } from "../../../utils/events"
import type { CommitmentInput, SalesAgreementHeaderInput } from "../../../types"
import {
  createSalesAgreementsStep,
  retrieveSalesAgreementStep,
  validateAgreementReferencesStep,
  validateSalesAgreementInputStep,
} from "../steps"

export type CreateSalesAgreementWorkflowInput = SalesAgreementHeaderInput & {
  /** commitments to create with the header, numbered 1…n in this order */
  lines?: CommitmentInput[]
}

export const createSalesAgreementWorkflowId = "create-sales-agreement"

/**
 * Drafts a sales agreement: a customer commits to buy quantities or amounts
 * over a period in exchange for contract prices and terms. Everything is
 * validated before anything is written.
 *
 * @example
 * const { result } = await createSalesAgreementWorkflow(container).run({
 *   input: { customer_id, currency_code: "eur", effective_date: "2026-01-01", expiration_date: "2026-12-31",
 *     lines: [{ commitment_type: "value", amount: "10000", discount_percent: "2" }] },
 * })
 */
export const createSalesAgreementWorkflow = createWorkflow(
  createSalesAgreementWorkflowId,
  (input: CreateSalesAgreementWorkflowInput) => {
    const checks = transform({ input }, ({ input }) => ({
      header: { effective_date: input.effective_date, expiration_date: input.expiration_date },
      lines: (input.lines ?? []).map((line, i) => ({ input: line, field_prefix: `lines.${i}.` })),
    }))
    validateSalesAgreementInputStep(checks)
    validateAgreementReferencesStep({
      customer_id: input.customer_id,
      currency_code: input.currency_code,
      lines: input.lines,
    })
    const ids = createSalesAgreementsStep([input])
    const id = transform({ ids }, ({ ids }) => ({ id: ids[0] }))
    emitEventStep({ eventName: SalesAgreementEvents.CREATED, data: id })
    return new WorkflowResponse(retrieveSalesAgreementStep(id))
  }
)
