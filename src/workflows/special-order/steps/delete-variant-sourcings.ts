import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { specialOrderService } from "./service"

export const deleteVariantSourcingsStepId = "delete-variant-sourcings"

/** This step soft-deletes variant sourcing; its compensation restores it. */
export const deleteVariantSourcingsStep = createStep(
  deleteVariantSourcingsStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse(ids, ids)
    await specialOrderService(container).softDeleteVariantSourcings(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await specialOrderService(container).restoreVariantSourcings(ids)
  }
)
