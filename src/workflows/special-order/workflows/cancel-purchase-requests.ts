import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderRequisitionLinesStep } from "../steps"

export type CancelPurchaseRequestsWorkflowInput = { order_id: string }

export const cancelPurchaseRequestsWorkflowId = "cancel-purchase-requests"

/**
 * Business meaning: a canceled sales order no longer needs its special-order
 * goods. Its open requisition lines are canceled (action message "cancel");
 * lines already on a purchase order are flagged (`flagged`, `flag_reason`) for
 * an admin to decide with the vendor. Idempotent.
 *
 * @example
 * await cancelPurchaseRequestsWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const cancelPurchaseRequestsWorkflow = createWorkflow(
  cancelPurchaseRequestsWorkflowId,
  (input: CancelPurchaseRequestsWorkflowInput) => {
    const args = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      reason: `sales order (${input.order_id}) was canceled`,
    }))
    return new WorkflowResponse(cancelOrderRequisitionLinesStep(args))
  }
)
