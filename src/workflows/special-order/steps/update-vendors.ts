import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorInput } from "../../../types/special-order/workflows"
import { specialOrderService } from "./service"

export type UpdateVendorsStepInput = { id: string } & Partial<VendorInput>

export const updateVendorsStepId = "update-vendors"

/** This step updates a vendor; its compensation writes back the previous values. */
export const updateVendorsStep = createStep(
  updateVendorsStepId,
  async (input: UpdateVendorsStepInput, { container }) => {
    const service = specialOrderService(container)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const [before] = await service.listVendors({ id: input.id }, { select: ["id", ...fields] as any })
    const update = input.currency_code ? { ...input, currency_code: input.currency_code.toLowerCase() } : input
    await service.updateVendors(update as any)
    return new StepResponse(input.id, before)
  },
  async (before, { container }) => {
    if (!before) return
    await specialOrderService(container).updateVendors(before as any)
  }
)
