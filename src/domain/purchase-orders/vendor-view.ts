import { toBigNumber } from "../documents/format-values"
import type { PurchaseOrderInput, PurchaseOrderVendorInput } from "./types"

function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** What the vendor API returns for a PO: only what its vendor should see. */
export interface VendorPurchaseOrder {
  id: string
  number: string
  status: string
  kind: string
  currency_code: string
  ship_to: Record<string, unknown> | null
  due_date: string | null
  expected_ship_date: string | null
  carrier: string | null
  tracking_number: string | null
  sent_at: string | null
  acknowledged_at: string | null
  shipped_at: string | null
  received_at: string | null
  canceled_at: string | null
  vendor: { id: string; name: string }
  lines: {
    id: string
    line_number: number
    vendor_sku: string | null
    title: string | null
    quantity: number
    quantity_received: number
    unit_cost: string | null
    due_date: string | null
  }[]
}

/**
 * Projects a PO onto what its vendor may see: no sales order or line ids,
 * no variant ids, flags, notes, metadata or token data; the customer appears
 * only as the ship-to of a drop shipment. Built by listing fields, so a field
 * added to the model later is not exposed by accident.
 */
export function toVendorPurchaseOrder(
  po: PurchaseOrderInput,
  vendor: Pick<PurchaseOrderVendorInput, "id" | "name">,
  fallbackShipTo: Record<string, unknown> | null = null
): VendorPurchaseOrder {
  return {
    id: po.id,
    number: po.number,
    status: po.status,
    kind: po.kind,
    currency_code: po.currency_code,
    ship_to: (po.ship_to as Record<string, unknown> | null | undefined) ?? (po.kind === "special_order" ? fallbackShipTo : null),
    due_date: iso(po.due_date),
    expected_ship_date: iso(po.expected_ship_date),
    carrier: po.carrier ?? null,
    tracking_number: po.tracking_number ?? null,
    sent_at: iso(po.sent_at),
    acknowledged_at: iso(po.acknowledged_at),
    shipped_at: iso(po.shipped_at),
    received_at: iso(po.received_at),
    canceled_at: iso(po.canceled_at),
    vendor: { id: vendor.id, name: vendor.name },
    lines: [...(po.lines ?? [])]
      .sort((a, b) => a.line_number - b.line_number)
      .map((line) => ({
        id: line.id,
        line_number: line.line_number,
        vendor_sku: line.vendor_sku ?? null,
        title: line.title ?? null,
        quantity: line.quantity,
        quantity_received: line.quantity_received ?? 0,
        unit_cost: toBigNumber(line.unit_cost)?.toFixed() ?? null,
        due_date: iso(line.due_date),
      })),
  }
}
