import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrderLineMetadata } from "../../../lib/order-link/update-order-line-metadata"

/** The key under which a sales order line records its special-order supply. */
export const SPECIAL_ORDER_LINE_METADATA_KEY = "special_order"

export interface MarkOrderLinesReadyStepInput {
  purchase_order: { id: string; number: string }
  received_at: string
  lines: {
    id: string
    order_line_item_id: string | null
    quantity: number
    quantity_received: number
    fully_received: boolean
    ready_to_fulfil: boolean
  }[]
}

export const markOrderLinesReadyStepId = "mark-order-lines-ready"

/**
 * This step records the receipt on the linked sales order lines (order line
 * item metadata `special_order`: `ready_to_fulfil` once the line is received
 * in full, `partially_received` before), through the Order module. Lines of a
 * canceled sales order (flagged PO lines) are left alone. Compensation
 * restores each line's previous `special_order` entry.
 */
export const markOrderLinesReadyStep = createStep(
  markOrderLinesReadyStepId,
  async (input: MarkOrderLinesReadyStepInput, { container }) => {
    const lines = input.lines.filter((l) => l.ready_to_fulfil && l.order_line_item_id)
    if (!lines.length) {
      return new StepResponse([] as string[], [] as { id: string; previous: unknown }[])
    }
    const orderModule = container.resolve(Modules.ORDER)
    const items = await orderModule.listOrderLineItems(
      { id: lines.map((l) => l.order_line_item_id!) },
      { select: ["id", "metadata"] }
    )
    const byId = new Map(items.map((i) => [i.id, i]))
    const present = lines.filter((l) => byId.has(l.order_line_item_id!))
    const before = present.map((l) => ({
      id: l.order_line_item_id!,
      previous: (byId.get(l.order_line_item_id!)?.metadata as Record<string, unknown> | null)?.[SPECIAL_ORDER_LINE_METADATA_KEY] ?? null,
    }))
    await updateOrderLineMetadata(
      container,
      present.map((l) => ({
        id: l.order_line_item_id!,
        metadata: {
          [SPECIAL_ORDER_LINE_METADATA_KEY]: {
            status: l.fully_received ? "ready_to_fulfil" : "partially_received",
            purchase_order_id: input.purchase_order.id,
            purchase_order_number: input.purchase_order.number,
            purchase_order_line_id: l.id,
            quantity_ordered: l.quantity,
            quantity_received: l.quantity_received,
            received_at: input.received_at,
          },
        },
      }))
    )
    return new StepResponse(
      present.map((l) => l.order_line_item_id!),
      before
    )
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    // An empty string removes the key (Medusa merges metadata).
    await updateOrderLineMetadata(
      container,
      before.map((b) => ({ id: b.id, metadata: { [SPECIAL_ORDER_LINE_METADATA_KEY]: b.previous ?? "" } }))
    )
  }
)
