import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeOrderReversalsStep, recordLedgerEntriesStep } from "../steps"

export type ReverseOrderConsumptionWorkflowInput = {
  order_id: string
  /** part of the idempotency key: `cancel`, `unlink:<change>` … */
  reason: string
  /** only these order lines (default: the whole order) */
  order_line_item_ids?: string[]
}

export const reverseOrderConsumptionWorkflowId = "reverse-order-consumption"

/**
 * An order that is canceled (or lines that stop contributing) gives back what
 * it consumed from its commitments: `reversed` movements for what is still
 * counted. Duplicate deliveries of the same event add nothing.
 *
 * @example
 * await reverseOrderConsumptionWorkflow(container).run({ input: { order_id, reason: "cancel" } })
 */
export const reverseOrderConsumptionWorkflow = createWorkflow(
  reverseOrderConsumptionWorkflowId,
  (input: ReverseOrderConsumptionWorkflowInput) => {
    const entries = computeOrderReversalsStep(input)
    return new WorkflowResponse(recordLedgerEntriesStep({ entries }))
  }
)
