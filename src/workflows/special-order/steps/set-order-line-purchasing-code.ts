import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { specialOrderService } from "./service"

export type SetOrderLinePurchasingCodeStepInput = {
  order_id: string
  item_id: string
  /** null clears the line's own code (the variant's default applies again) */
  purchasing_code_id: string | null
}

type Before = { item_id: string; row: { order_id: string; order_line_item_id: string; purchasing_code_id: string } | null }

export const setOrderLinePurchasingCodeStepId = "set-order-line-purchasing-code"

/** This step stores (or clears) the purchasing code an admin set on an order line; compensation puts the previous one back. */
export const setOrderLinePurchasingCodeStep = createStep(
  setOrderLinePurchasingCodeStepId,
  async (input: SetOrderLinePurchasingCodeStepInput, { container }) => {
    const service = specialOrderService(container)
    const [existing] = await service.listOrderLinePurchasingCodes({ order_line_item_id: input.item_id })
    const before: Before = {
      item_id: input.item_id,
      row: existing
        ? { order_id: existing.order_id, order_line_item_id: existing.order_line_item_id, purchasing_code_id: existing.purchasing_code_id }
        : null,
    }
    if (existing && input.purchasing_code_id) {
      await service.updateOrderLinePurchasingCodes({ id: existing.id, purchasing_code_id: input.purchasing_code_id })
    } else if (existing) {
      await service.deleteOrderLinePurchasingCodes([existing.id])
    } else if (input.purchasing_code_id) {
      await service.createOrderLinePurchasingCodes({
        order_id: input.order_id,
        order_line_item_id: input.item_id,
        purchasing_code_id: input.purchasing_code_id,
      })
    }
    return new StepResponse(input.purchasing_code_id, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service = specialOrderService(container)
    const current = await service.listOrderLinePurchasingCodes({ order_line_item_id: before.item_id }, { select: ["id"] })
    if (current.length) await service.deleteOrderLinePurchasingCodes(current.map((c) => c.id))
    if (before.row) await service.createOrderLinePurchasingCodes(before.row)
  }
)
