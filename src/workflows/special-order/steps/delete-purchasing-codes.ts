import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { specialOrderService } from "./service"

export const deletePurchasingCodesStepId = "delete-purchasing-codes"

/** This step soft-deletes purchasing codes; its compensation restores them. */
export const deletePurchasingCodesStep = createStep(
  deletePurchasingCodesStepId,
  async (ids: string[], { container }) => {
    await specialOrderService(container).softDeletePurchasingCodes(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await specialOrderService(container).restorePurchasingCodes(ids)
  }
)
