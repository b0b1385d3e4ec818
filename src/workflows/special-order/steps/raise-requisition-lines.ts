import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RequisitionLineDraft } from "../../../domain/special-orders/types"
import { specialOrderService } from "./service"

export const raiseRequisitionLinesStepId = "raise-requisition-lines"

/**
 * This step writes purchase requests, at most one per order line (lines
 * another delivery already raised are skipped), and returns the new ones.
 * Compensation removes exactly those.
 */
export const raiseRequisitionLinesStep = createStep(
  raiseRequisitionLinesStepId,
  async (drafts: RequisitionLineDraft[], { container }) => {
    const raised = await specialOrderService(container).raiseRequisitionLines(drafts)
    return new StepResponse(raised, raised.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await specialOrderService(container).softDeleteRequisitionLines(ids)
  }
)
