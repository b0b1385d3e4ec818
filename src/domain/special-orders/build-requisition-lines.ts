import { computeDueDate } from "./due-date"
import type {
  PurchasingCodeInfo,
  RequisitionLineDraft,
  SalesOrder,
  SourcingInfo,
  VendorInfo,
} from "./types"

export interface BuildRequisitionLinesInput {
  orders: SalesOrder[]
  /** sourcing by variant id */
  sourcing: Record<string, SourcingInfo>
  /** purchasing codes by id */
  codes: Record<string, PurchasingCodeInfo>
  /** codes an admin set on order lines: purchasing code id by order line item id */
  line_codes: Record<string, string>
  /** vendors by id */
  vendors: Record<string, VendorInfo>
  /** order line item ids that already hold an inventory reservation (never special-ordered) */
  reserved_line_ids?: string[]
}

/**
 * Turns sales order lines into purchase requests: a line whose purchasing code
 * (the one an admin set on the line, else its variant's default) is special
 * order or drop shipment raises one requisition line for the variant's vendor.
 * Lines without such a code, without a variant or with an inventory reservation
 * raise nothing. Pure: uniqueness per order line is the database's job.
 */
export function buildRequisitionLines(input: BuildRequisitionLinesInput): RequisitionLineDraft[] {
  const reserved = new Set(input.reserved_line_ids ?? [])
  const drafts: RequisitionLineDraft[] = []
  for (const order of input.orders) {
    for (const item of order.items) {
      if (!item.variant_id || reserved.has(item.id) || !Number.isFinite(item.quantity) || item.quantity <= 0) {
        continue
      }
      const sourcing = input.sourcing[item.variant_id]
      const codeId = input.line_codes[item.id] ?? sourcing?.purchasing_code_id ?? null
      const code = codeId ? input.codes[codeId] : undefined
      if (!code) {
        continue
      }
      const vendor = sourcing ? input.vendors[sourcing.vendor_id] : undefined
      drafts.push({
        vendor_id: vendor?.id ?? null,
        product_variant_id: item.variant_id,
        vendor_sku: sourcing?.vendor_sku ?? item.variant_sku ?? null,
        title: item.title ?? null,
        quantity: item.quantity,
        unit_cost: sourcing?.unit_cost ?? null,
        currency_code: vendor?.currency_code ?? order.currency_code ?? null,
        due_date: computeDueDate(order.created_at, vendor?.lead_time_days ?? 0),
        kind: code.kind,
        purchasing_code_id: code.id,
        order_id: order.id,
        order_line_item_id: item.id,
        ship_to: code.kind === "drop_shipment" ? order.shipping_address ?? null : null,
      })
    }
  }
  return drafts
}
