import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"

export type UpdatePurchaseOrdersStepInput = { id: string } & Record<string, unknown>

export const updatePurchaseOrdersStepId = "update-purchase-orders"

/** This step updates purchase order headers; its compensation writes back the previous values. */
export const updatePurchaseOrdersStep = createStep(
  updatePurchaseOrdersStepId,
  async (input: UpdatePurchaseOrdersStepInput, { container }) => {
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const [before] = await service.listPurchaseOrders({ id: input.id }, { select: ["id", ...fields] as any })
    await service.updatePurchaseOrders(input as any)
    return new StepResponse({ id: input.id }, before ? { ...(before as any) } : undefined)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    await service.updatePurchaseOrders(before as any)
  }
)
