import type { FieldError } from "../types"
import type { PurchaseOrderLineInput, PurchaseOrderStatus } from "./types"

/** One line of a receipt as the admin sends it. */
export interface ReceiptLineInput {
  id: string
  quantity: unknown
}

/** A PO line after the receipt. */
export interface PlannedReceiptLine {
  id: string
  order_id: string | null
  order_line_item_id: string | null
  quantity: number
  /** received by this receipt */
  quantity_now: number
  /** received in total, this receipt included */
  quantity_received: number
  fully_received: boolean
  /** the sales line can be fulfilled from this receipt: not flagged (its sales order is not canceled) */
  ready_to_fulfil: boolean
}

export type ReceiptPlan =
  | { ok: true; lines: PlannedReceiptLine[]; status: Extract<PurchaseOrderStatus, "partially_received" | "received"> }
  | { ok: false; errors: FieldError[] }

function remaining(line: PurchaseOrderLineInput): number {
  return line.quantity - (line.quantity_received ?? 0)
}

/**
 * Checks a receipt against the PO's lines and computes the result: every
 * quantity an integer > 0 and at most what is still expected, lines of this
 * PO only, each line once. The PO becomes `received` when every line is
 * received in full, else `partially_received`. Returns every problem at once.
 */
export function planReceipt(poLines: PurchaseOrderLineInput[], receipt: ReceiptLineInput[]): ReceiptPlan {
  const errors: FieldError[] = []
  if (!Array.isArray(receipt) || receipt.length === 0) {
    return { ok: false, errors: [{ field: "lines", message: "must list at least one line" }] }
  }
  const byId = new Map(poLines.map((line) => [line.id, line]))
  const seen = new Set<string>()
  const received = new Map<string, number>()

  receipt.forEach((entry, i) => {
    const field = `lines.${i}`
    const line = byId.get(entry.id)
    if (!line) {
      errors.push({ field: `${field}.id`, message: `is not a line of this purchase order (${entry.id})` })
      return
    }
    if (seen.has(entry.id)) {
      errors.push({ field: `${field}.id`, message: `is listed more than once (${entry.id})` })
      return
    }
    seen.add(entry.id)
    const quantity = entry.quantity
    if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity <= 0) {
      errors.push({ field: `${field}.quantity`, message: `must be an integer greater than 0 (got ${String(quantity)})` })
      return
    }
    const open = remaining(line)
    if (quantity > open) {
      errors.push({
        field: `${field}.quantity`,
        message: `${quantity} exceeds the ${open} still expected on line ${line.line_number} (${line.id}: ordered ${line.quantity}, received ${line.quantity_received ?? 0})`,
      })
      return
    }
    received.set(entry.id, quantity)
  })

  if (errors.length) {
    return { ok: false, errors }
  }

  const after = poLines.map((line) => ({ line, total: (line.quantity_received ?? 0) + (received.get(line.id) ?? 0) }))
  const lines = after
    .filter(({ line }) => received.has(line.id))
    .map(({ line, total }) => ({
      id: line.id,
      order_id: line.order_id ?? null,
      order_line_item_id: line.order_line_item_id ?? null,
      quantity: line.quantity,
      quantity_now: received.get(line.id)!,
      quantity_received: total,
      fully_received: total >= line.quantity,
      ready_to_fulfil: !line.flagged,
    }))
  const status = after.every(({ line, total }) => total >= line.quantity) ? "received" : "partially_received"
  return { ok: true, lines, status }
}
