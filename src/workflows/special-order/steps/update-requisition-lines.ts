import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { specialOrderService } from "./service"

export type UpdateRequisitionLinesStepInput = {
  id: string
  vendor_id?: string
  currency_code?: string
  quantity?: number
  due_date?: Date | string
  unit_cost?: string
}

export const updateRequisitionLinesStepId = "update-requisition-lines"

/**
 * This step changes an open requisition line (conditional on `status = open`
 * through the validation before it); compensation writes back the previous values.
 */
export const updateRequisitionLinesStep = createStep(
  updateRequisitionLinesStepId,
  async (input: UpdateRequisitionLinesStepInput, { container }) => {
    const service = specialOrderService(container)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const [before] = await service.listRequisitionLines({ id: input.id }, { select: ["id", ...fields] as any })
    await service.updateRequisitionLines(input as any)
    return new StepResponse(input.id, before)
  },
  async (before, { container }) => {
    if (!before) return
    await specialOrderService(container).updateRequisitionLines(before as any)
  }
)
