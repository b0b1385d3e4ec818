import { formatDate, toBigNumber } from "../documents/format-values"
import { formatAddressLines } from "./address"
import type { PurchaseOrderInput, PurchaseOrderVendorInput } from "./types"

/** Template id of the notification sent to a vendor when a PO is sent or re-sent. */
export const PURCHASE_ORDER_NOTIFICATION_TEMPLATE = "special-order.purchase-order"
export const PURCHASE_ORDER_NOTIFICATION_CHANNEL = "email"
/** Used when the module option `vendor_portal_url` is not set: a path on this server. */
export const DEFAULT_VENDOR_PORTAL_PATH = "/vendor/purchase-orders"

/** One PO line in the notification's template data. */
export interface PurchaseOrderNotificationLine {
  line_number: number
  /** the vendor's SKU */
  sku: string | null
  title: string | null
  quantity: number
  /** exact decimal string in the PO currency, or null */
  unit_cost: string | null
  /** `YYYY-MM-DD` or null */
  due_date: string | null
}

/** Template data of `special-order.purchase-order` (documented in the README). */
export interface PurchaseOrderNotificationData {
  subject: string
  /** true when this is a resend (a new link; the previous one no longer works) */
  resend: boolean
  store_name: string | null
  purchase_order: {
    id: string
    number: string
    kind: string
    currency_code: string
    /** `YYYY-MM-DD` or null */
    due_date: string | null
  }
  vendor: { id: string; name: string; email: string }
  ship_to: Record<string, unknown> | null
  ship_to_lines: string[]
  lines: PurchaseOrderNotificationLine[]
  /** the distinct due dates of the lines (and the PO), sorted */
  due_dates: string[]
  /** opens this PO only: `${vendor_portal_url}/${id}?token=<secret>` */
  vendor_link: string
  /** the PDF: `${vendor_portal_url}/${id}/document?token=<secret>` */
  document_link: string
  /** ISO timestamp after which the links stop working */
  link_expires_at: string
}

export interface PurchaseOrderNotification {
  to: string
  channel: typeof PURCHASE_ORDER_NOTIFICATION_CHANNEL
  template: typeof PURCHASE_ORDER_NOTIFICATION_TEMPLATE
  data: PurchaseOrderNotificationData
}

/** The vendor link: `${portalUrl}/${poId}?token=<secret>` (the URL-safe secret is still encoded). */
export function buildVendorLink(portalUrl: string | null | undefined, poId: string, secret: string, suffix = ""): string {
  const base = (portalUrl?.trim() || DEFAULT_VENDOR_PORTAL_PATH).replace(/\/+$/, "")
  return `${base}/${encodeURIComponent(poId)}${suffix}?token=${encodeURIComponent(secret)}`
}

export interface BuildPurchaseOrderNotificationInput {
  purchase_order: PurchaseOrderInput
  vendor: PurchaseOrderVendorInput
  secret: string
  expires_at: Date
  portal_url?: string | null
  resend?: boolean
  store_name?: string | null
  /** ship-to for special orders without their own (the warehouse) */
  fallback_ship_to?: Record<string, unknown> | null
}

/**
 * The notification to the vendor of a sent PO: recipient, channel, template
 * and template data (lines with SKU, title, quantity, cost and due date;
 * ship-to; due dates; the link that opens this PO).
 */
export function buildPurchaseOrderNotification(input: BuildPurchaseOrderNotificationInput): PurchaseOrderNotification {
  const po = input.purchase_order
  const lines = [...(po.lines ?? [])]
    .sort((a, b) => a.line_number - b.line_number)
    .map((line) => ({
      line_number: line.line_number,
      sku: line.vendor_sku ?? null,
      title: line.title ?? null,
      quantity: line.quantity,
      unit_cost: toBigNumber(line.unit_cost)?.toFixed() ?? null,
      due_date: formatDate(line.due_date),
    }))
  const due_date = formatDate(po.due_date)
  const due_dates = [...new Set([due_date, ...lines.map((l) => l.due_date)].filter((d): d is string => !!d))].sort()
  const shipTo = (po.ship_to as Record<string, unknown> | null | undefined) ?? (po.kind === "special_order" ? input.fallback_ship_to ?? null : null)
  const store_name = input.store_name?.trim() || null
  return {
    to: input.vendor.email,
    channel: PURCHASE_ORDER_NOTIFICATION_CHANNEL,
    template: PURCHASE_ORDER_NOTIFICATION_TEMPLATE,
    data: {
      subject: `${input.resend ? "Updated link: " : ""}Purchase order ${po.number}${store_name ? ` from ${store_name}` : ""}`,
      resend: !!input.resend,
      store_name,
      purchase_order: { id: po.id, number: po.number, kind: po.kind, currency_code: po.currency_code, due_date },
      vendor: { id: input.vendor.id, name: input.vendor.name, email: input.vendor.email },
      ship_to: shipTo ?? null,
      ship_to_lines: formatAddressLines(shipTo),
      lines,
      due_dates,
      vendor_link: buildVendorLink(input.portal_url, po.id, input.secret),
      document_link: buildVendorLink(input.portal_url, po.id, input.secret, "/document"),
      link_expires_at: input.expires_at.toISOString(),
    },
  }
}
