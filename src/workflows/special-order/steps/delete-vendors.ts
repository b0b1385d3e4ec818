import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { specialOrderService } from "./service"

export const deleteVendorsStepId = "delete-vendors"

/** This step soft-deletes vendors; its compensation restores them. */
export const deleteVendorsStep = createStep(
  deleteVendorsStepId,
  async (ids: string[], { container }) => {
    await specialOrderService(container).softDeleteVendors(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await specialOrderService(container).restoreVendors(ids)
  }
)
