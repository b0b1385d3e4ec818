import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AgreementStatus } from "../../../types"
import { SalesAgreementEvents } from "../../../utils/events"
import { retrieveSalesAgreementStep, updateSalesAgreementsStep, validateStatusTransitionStep } from "../steps"

export type UpdateSalesAgreementStatusWorkflowInput = { id: string; status: AgreementStatus }

export const updateSalesAgreementStatusWorkflowId = "update-sales-agreement-status"

/**
 * Moves an agreement through draft → effective ⇄ on_hold → closed. Only
 * effective agreements price orders.
 *
 * @example
 * await updateSalesAgreementStatusWorkflow(container).run({ input: { id, status: "effective" } })
 */
export const updateSalesAgreementStatusWorkflow = createWorkflow(
  updateSalesAgreementStatusWorkflowId,
  (input: UpdateSalesAgreementStatusWorkflowInput) => {
    const agreement = retrieveSalesAgreementStep({ id: input.id })
    validateStatusTransitionStep(
      transform({ input, agreement }, ({ input, agreement }) => ({
        id: agreement.id,
        from: agreement.status,
        to: input.status,
      }))
    )
    updateSalesAgreementsStep({ id: input.id, status: input.status })
    emitEventStep({
      eventName: SalesAgreementEvents.STATUS_CHANGED,
      data: transform({ input, agreement }, ({ input, agreement }) => ({
        id: input.id,
        from: agreement.status,
        to: input.status,
      })),
    })
    return new WorkflowResponse(
      retrieveSalesAgreementStep({ id: input.id }).config({ name: "retrieve-updated-sales-agreement" })
    )
  }
)
