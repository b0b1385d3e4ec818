import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { specialOrderService } from "./service"

export const cancelOrderRequisitionLinesStepId = "cancel-order-requisition-lines"

/**
 * This step cancels a canceled sales order's open requisition lines and flags
 * the lines of its purchase orders (conditional updates: a second run changes
 * nothing). Compensation reopens and unflags exactly what it changed.
 */
export const cancelOrderRequisitionLinesStep = createStep(
  cancelOrderRequisitionLinesStepId,
  async (input: { order_id: string; reason: string }, { container }) => {
    const result = await specialOrderService(container).cancelOrderRequisitionLines([input.order_id], input.reason)
    return new StepResponse(result, result)
  },
  async (result, { container }) => {
    if (!result?.canceled_requisition_line_ids.length && !result?.flagged_purchase_order_line_ids.length) return
    const service = specialOrderService(container)
    if (result.canceled_requisition_line_ids.length) {
      await service.updateRequisitionLines(
        result.canceled_requisition_line_ids.map((id) => ({ id, status: "open", action_message: "new", canceled_at: null })) as any
      )
    }
    if (result.flagged_purchase_order_line_ids.length) {
      await service.updatePurchaseOrderLines(
        result.flagged_purchase_order_line_ids.map((id) => ({ id, flagged: false, flag_reason: null })) as any
      )
    }
  }
)
