/** Statuses of a purchase order. */
export const PURCHASE_ORDER_STATUSES = [
  "draft",
  "sent",
  "acknowledged",
  "partially_received",
  "received",
  "canceled",
] as const
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number]

/** What can be done to a purchase order (by an admin or by its vendor). */
export const PURCHASE_ORDER_ACTIONS = ["send", "acknowledge", "ship", "receive", "cancel"] as const
export type PurchaseOrderAction = (typeof PURCHASE_ORDER_ACTIONS)[number]

export const PURCHASE_ORDER_KINDS = ["special_order", "drop_shipment"] as const
export type PurchaseOrderKind = (typeof PURCHASE_ORDER_KINDS)[number]

/** An address as vendors, warehouses and orders store it (all optional). */
export interface PurchaseOrderAddress {
  company?: string | null
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
}

/** A purchase order line as the domain functions read it. */
export interface PurchaseOrderLineInput {
  id: string
  line_number: number
  vendor_sku?: string | null
  title?: string | null
  quantity: number
  quantity_received?: number | null
  /** decimal string, number or Medusa raw big number */
  unit_cost?: unknown
  due_date?: Date | string | null
  order_id?: string | null
  order_line_item_id?: string | null
  flagged?: boolean | null
}

/** A purchase order as the domain functions read it. */
export interface PurchaseOrderInput {
  id: string
  number: string
  status: PurchaseOrderStatus
  kind: PurchaseOrderKind
  currency_code: string
  ship_to?: PurchaseOrderAddress | Record<string, unknown> | null
  due_date?: Date | string | null
  expected_ship_date?: Date | string | null
  carrier?: string | null
  tracking_number?: string | null
  sent_at?: Date | string | null
  acknowledged_at?: Date | string | null
  shipped_at?: Date | string | null
  received_at?: Date | string | null
  canceled_at?: Date | string | null
  created_at?: Date | string | null
  lines?: PurchaseOrderLineInput[] | null
}

/** The vendor a purchase order goes to. */
export interface PurchaseOrderVendorInput {
  id: string
  name: string
  email: string
  phone?: string | null
  address?: PurchaseOrderAddress | Record<string, unknown> | null
}
