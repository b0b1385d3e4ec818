import BigNumber from "bignumber.js"
import { EMPTY_VALUE, formatDate, formatDateTime, formatMoney, formatQuantity, toBigNumber } from "../documents/format-values"
import { formatAddressLines } from "./address"
import type { PurchaseOrderInput, PurchaseOrderVendorInput } from "./types"

export const PURCHASE_ORDER_TITLE = "Purchase order"

export const PURCHASE_ORDER_STATUS_LABELS: Record<string, string> = {
  draft: "Draft",
  sent: "Sent",
  acknowledged: "Acknowledged",
  partially_received: "Partially received",
  received: "Received",
  canceled: "Canceled",
}

export const PURCHASE_ORDER_KIND_LABELS: Record<string, string> = {
  special_order: "Special order",
  drop_shipment: "Drop shipment",
}

export interface PurchaseOrderViewField {
  label: string
  value: string
}

/** One PO line, every value display text. */
export interface PurchaseOrderViewLine {
  id: string
  line_number: number
  /** the vendor's SKU, or `—` */
  sku: string
  title: string
  quantity: string
  quantity_received: string
  /** e.g. `12.50 EUR`, or `—` when the cost is unknown */
  unit_cost: string
  /** quantity × unit cost, exact; `—` when the cost is unknown */
  line_total: string
  /** `YYYY-MM-DD` or `—` */
  due_date: string
}

/** Presentation model of a purchase order, shared by the HTML and PDF renderers. */
export interface PurchaseOrderView {
  title: string
  store_name: string | null
  number: string
  status: string
  status_label: string
  kind_label: string
  currency_code: string
  /** header facts in display order */
  summary: PurchaseOrderViewField[]
  vendor_lines: string[]
  ship_to_heading: string
  ship_to_lines: string[]
  lines: PurchaseOrderViewLine[]
  /** sum of the line totals; `null` when a line has no cost */
  total: string | null
  /** shown prominently, e.g. for a canceled PO */
  notice: string | null
  footer: string
  /** the PO's creation timestamp, for the PDF metadata */
  created_at_iso: string | null
}

export interface BuildPurchaseOrderViewOptions {
  store_name?: string | null
  /** used when the PO has no ship-to of its own (special orders ship to the warehouse) */
  fallback_ship_to?: Record<string, unknown> | null
}

function isoOrNull(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (typeof value === "string" && value.trim() && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString()
  return null
}

/**
 * Builds the document model of a purchase order: vendor and ship-to blocks,
 * lines with exact decimal totals, header facts. Only what the vendor may
 * see: no sales order, customer or internal fields besides the ship-to.
 */
export function buildPurchaseOrderView(
  po: PurchaseOrderInput,
  vendor: PurchaseOrderVendorInput | null,
  opts: BuildPurchaseOrderViewOptions = {}
): PurchaseOrderView {
  const currency = (po.currency_code ?? "").toUpperCase()
  const lines = [...(po.lines ?? [])].sort((a, b) => a.line_number - b.line_number || a.id.localeCompare(b.id))
  let total: BigNumber | null = new BigNumber(0)
  const viewLines: PurchaseOrderViewLine[] = lines.map((line) => {
    const cost = toBigNumber(line.unit_cost)
    const lineTotal = cost ? cost.multipliedBy(line.quantity) : null
    total = total && lineTotal ? total.plus(lineTotal) : null
    return {
      id: line.id,
      line_number: line.line_number,
      sku: line.vendor_sku?.trim() || EMPTY_VALUE,
      title: line.title?.trim() || EMPTY_VALUE,
      quantity: formatQuantity(line.quantity),
      quantity_received: formatQuantity(line.quantity_received ?? 0),
      unit_cost: cost ? formatMoney(cost.toFixed(), currency) : EMPTY_VALUE,
      line_total: lineTotal ? formatMoney(lineTotal.toFixed(), currency) : EMPTY_VALUE,
      due_date: formatDate(line.due_date) ?? EMPTY_VALUE,
    }
  })
  const finalTotal = total as BigNumber | null
  const status_label = PURCHASE_ORDER_STATUS_LABELS[po.status] ?? po.status
  const kind_label = PURCHASE_ORDER_KIND_LABELS[po.kind] ?? po.kind
  const shipTo = po.ship_to ?? (po.kind === "special_order" ? opts.fallback_ship_to ?? null : null)

  const summary: PurchaseOrderViewField[] = [
    { label: "Purchase order", value: po.number },
    { label: "Status", value: status_label },
    { label: "Type", value: kind_label },
    { label: "Date", value: formatDate(po.sent_at ?? po.created_at) ?? "" },
    { label: "Due date", value: formatDate(po.due_date) ?? "" },
    { label: "Expected ship date", value: formatDate(po.expected_ship_date) ?? "" },
    { label: "Carrier", value: po.carrier ?? "" },
    { label: "Tracking number", value: po.tracking_number ?? "" },
    { label: "Currency", value: currency },
  ].filter((field) => field.value !== "")

  const vendor_lines = vendor
    ? [vendor.name, ...formatAddressLines(vendor.address), vendor.email, vendor.phone ? `Phone: ${vendor.phone}` : null].filter(
        (line): line is string => !!line
      )
    : []

  const store = opts.store_name?.trim() || null
  return {
    title: PURCHASE_ORDER_TITLE,
    store_name: store,
    number: po.number,
    status: po.status,
    status_label,
    kind_label,
    currency_code: currency,
    summary,
    vendor_lines,
    ship_to_heading: po.kind === "drop_shipment" ? "Ship to (customer)" : "Ship to",
    ship_to_lines: formatAddressLines(shipTo),
    lines: viewLines,
    total: finalTotal && viewLines.length ? formatMoney(finalTotal.toFixed(), currency) : null,
    notice: po.status === "canceled" ? `This purchase order was canceled${po.canceled_at ? ` on ${formatDateTime(po.canceled_at)}` : ""}. Do not ship it.` : null,
    footer: `${PURCHASE_ORDER_TITLE} ${po.number}${store ? ` — ${store}` : ""}`,
    created_at_iso: isoOrNull(po.created_at),
  }
}
