import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderEvents } from "../../../utils/special-order-events"
import { collectPurchaseRequestsStep, raiseRequisitionLinesStep } from "../steps"

export type RaisePurchaseRequestsWorkflowInput = {
  /** these orders (default: every placed order, within `from`/`to`) */
  order_ids?: string[]
  /** orders placed at or after this instant */
  from?: string | Date
  /** orders placed at or before this instant */
  to?: string | Date
}

export const raisePurchaseRequestsWorkflowId = "raise-purchase-requests"

/**
 * Business meaning: a sales order line whose purchasing code is special order
 * or drop shipment becomes a purchase request on the requisition worksheet
 * (action message "new") for the variant's vendor. It runs on `order.placed`
 * and from the worksheet's "get sales orders"; each order line is raised
 * exactly once, whatever the deliveries (duplicate, concurrent, replayed).
 * Emits `special_order.requested` for each line raised by this run.
 *
 * @example
 * const { result } = await raisePurchaseRequestsWorkflow(container).run({ input: { order_ids: ["order_123"] } })
 * result.requisition_lines // the lines raised now; result.already_on_worksheet: lines of the selection raised earlier
 */
export const raisePurchaseRequestsWorkflow = createWorkflow(
  raisePurchaseRequestsWorkflowId,
  (input: RaisePurchaseRequestsWorkflowInput) => {
    const collected = collectPurchaseRequestsStep(input)
    const raised = raiseRequisitionLinesStep(transform({ collected }, ({ collected }) => collected.drafts))
    const events = transform({ raised }, ({ raised }) =>
      raised.map((r) => ({ id: r.id, order_id: r.order_id, order_line_item_id: r.order_line_item_id }))
    )
    emitEventStep({ eventName: SpecialOrderEvents.REQUESTED, data: events })
    const result = transform({ raised, collected }, ({ raised, collected }) => ({
      requisition_lines: raised,
      already_on_worksheet: collected.already_raised.length,
    }))
    return new WorkflowResponse(result)
  }
)
