import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchasingCodeInput } from "../../../types/special-order/workflows"
import { specialOrderService } from "./service"

export const createPurchasingCodesStepId = "create-purchasing-codes"

/** This step creates purchasing codes; its compensation deletes them. */
export const createPurchasingCodesStep = createStep(
  createPurchasingCodesStepId,
  async (input: PurchasingCodeInput[], { container }) => {
    const created = (await specialOrderService(container).createPurchasingCodes(input as any)) as unknown as { id: string }[]
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await specialOrderService(container).deletePurchasingCodes(ids)
  }
)
