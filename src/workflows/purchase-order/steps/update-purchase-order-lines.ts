import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"

export type UpdatePurchaseOrderLinesStepInput = ({ id: string } & Record<string, unknown>)[]

export const updatePurchaseOrderLinesStepId = "update-purchase-order-lines"

/** This step updates PO lines (e.g. received quantities); its compensation writes back the previous values. */
export const updatePurchaseOrderLinesStep = createStep(
  updatePurchaseOrderLinesStepId,
  async (input: UpdatePurchaseOrderLinesStepInput, { container }) => {
    if (!input.length) {
      return new StepResponse([] as string[], [] as Record<string, unknown>[])
    }
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    const fields = [...new Set(input.flatMap((l) => Object.keys(l)))].filter((k) => k !== "id")
    const before = (await service.listPurchaseOrderLines(
      { id: input.map((l) => l.id) },
      { select: ["id", ...fields] as any }
    )) as Record<string, unknown>[]
    await service.updatePurchaseOrderLines(input as any)
    return new StepResponse(
      input.map((l) => l.id),
      before.map((b) => ({ ...b }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    await service.updatePurchaseOrderLines(before as any)
  }
)
