import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorInput } from "../../../types/special-order/workflows"
import { specialOrderService } from "./service"

export const createVendorsStepId = "create-vendors"

/** This step creates vendors; its compensation deletes them. */
export const createVendorsStep = createStep(
  createVendorsStepId,
  async (input: VendorInput[], { container }) => {
    const created = (await specialOrderService(container).createVendors(
      input.map((v) => ({ ...v, currency_code: v.currency_code.toLowerCase() })) as any
    )) as unknown as { id: string }[]
    const ids = created.map((v) => v.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await specialOrderService(container).deleteVendors(ids)
  }
)
