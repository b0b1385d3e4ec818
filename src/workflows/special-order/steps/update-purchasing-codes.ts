import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchasingCodeInput } from "../../../types/special-order/workflows"
import { specialOrderService } from "./service"

export type UpdatePurchasingCodesStepInput = { id: string } & Partial<PurchasingCodeInput>

export const updatePurchasingCodesStepId = "update-purchasing-codes"

/** This step updates a purchasing code; its compensation writes back the previous values. */
export const updatePurchasingCodesStep = createStep(
  updatePurchasingCodesStepId,
  async (input: UpdatePurchasingCodesStepInput, { container }) => {
    const service = specialOrderService(container)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const [before] = await service.listPurchasingCodes({ id: input.id }, { select: ["id", ...fields] as any })
    await service.updatePurchasingCodes(input as any)
    return new StepResponse(input.id, before)
  },
  async (before, { container }) => {
    if (!before) return
    await specialOrderService(container).updatePurchasingCodes(before as any)
  }
)
