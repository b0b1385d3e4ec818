import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderEvents } from "../../../utils/special-order-events"
import {
  collectPurchaseRequestsStep,
  setOrderLinePurchasingCodeStep,
  syncOrderLineRequisitionStep,
  validateOrderLinePurchasingCodeStep,
} from "../steps"

export type SetOrderLinePurchasingCodeWorkflowInput = {
  order_id: string
  item_id: string
  /** null clears the line's own code (the variant's default applies again) */
  purchasing_code_id: string | null
}

export const setOrderLinePurchasingCodeWorkflowId = "set-order-line-purchasing-code"

/**
 * Business meaning: an admin marks one order line as special order or drop
 * shipment (the code wins over the variant's default), while the line is not
 * on a purchase order yet. A line whose item is already reserved in inventory
 * cannot be special-ordered (409, nothing changed). On a placed order the
 * purchase request is raised (or changed, or removed) at once, with the same
 * idempotent write as `order.placed`.
 *
 * @example
 * await setOrderLinePurchasingCodeWorkflow(container).run({
 *   input: { order_id: "order_123", item_id: "ordli_123", purchasing_code_id: "pcode_123" },
 * })
 */
export const setOrderLinePurchasingCodeWorkflow = createWorkflow(
  setOrderLinePurchasingCodeWorkflowId,
  (input: SetOrderLinePurchasingCodeWorkflowInput) => {
    const order = validateOrderLinePurchasingCodeStep(input)
    setOrderLinePurchasingCodeStep(input)
    const raised = when({ order }, ({ order }) => order.status !== "draft" && !order.is_draft_order).then(() => {
      const collected = collectPurchaseRequestsStep(
        transform({ input }, ({ input }) => ({
          order_ids: [input.order_id],
          order_line_item_ids: [input.item_id],
          include_raised: true,
        }))
      )
      return syncOrderLineRequisitionStep(
        transform({ input, collected }, ({ input, collected }) => ({ item_id: input.item_id, drafts: collected.drafts }))
      )
    })
    const events = transform({ raised }, ({ raised }) =>
      (raised ?? []).map((r) => ({ id: r.id, order_id: r.order_id, order_line_item_id: r.order_line_item_id }))
    )
    emitEventStep({ eventName: SpecialOrderEvents.REQUESTED, data: events })
    return new WorkflowResponse(input)
  }
)
