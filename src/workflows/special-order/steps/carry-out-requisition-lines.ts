import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CarryOutSelector } from "../../../types/special-order/service"
import { specialOrderService } from "./service"

export const carryOutRequisitionLinesStepId = "carry-out-requisition-lines"

/**
 * This step turns open requisition lines into draft purchase orders in one
 * transaction (lines another carry-out won meanwhile are skipped).
 * Compensation reopens the lines and removes the purchase orders.
 */
export const carryOutRequisitionLinesStep = createStep(
  carryOutRequisitionLinesStepId,
  async (input: CarryOutSelector, { container }) => {
    const purchaseOrders = await specialOrderService(container).carryOutRequisitionLines(input)
    return new StepResponse(purchaseOrders, purchaseOrders.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await specialOrderService(container).undoCarryOut(ids)
  }
)
