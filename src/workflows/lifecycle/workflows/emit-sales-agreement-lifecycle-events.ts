import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitLifecycleEventsStep } from "../steps"

export const emitSalesAgreementLifecycleEventsWorkflowId = "emit-sales-agreement-lifecycle-events"

/**
 * Emits `sales_agreement.expired` (and marks the agreement expired),
 * `sales_agreement.expiring` and `sales_agreement.threshold_reached`, each
 * once. Run by the scheduled job, and after orders for their agreement.
 *
 * @example
 * await emitSalesAgreementLifecycleEventsWorkflow(container).run({ input: {} })
 */
export const emitSalesAgreementLifecycleEventsWorkflow = createWorkflow(
  emitSalesAgreementLifecycleEventsWorkflowId,
  (input: { sales_agreement_id?: string; now?: string }) => new WorkflowResponse(emitLifecycleEventsStep(input))
)
