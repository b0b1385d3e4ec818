/** Framework-free types of special orders (purchasing codes, requisition lines, purchase orders). */

export const PURCHASING_CODE_KINDS = ["special_order", "drop_shipment"] as const
export type PurchasingCodeKind = (typeof PURCHASING_CODE_KINDS)[number]

export const REQUISITION_LINE_STATUSES = ["open", "carried_out", "canceled"] as const
export type RequisitionLineStatus = (typeof REQUISITION_LINE_STATUSES)[number]

/** An address as Medusa stores it on orders (subset). */
export type ShipToAddress = Record<string, unknown>

/** One sales order line, as read from the Order module. */
export interface SalesOrderLine {
  id: string
  variant_id: string | null
  quantity: number
  title?: string | null
  variant_sku?: string | null
}

/** The sales order whose lines may raise purchase requests. */
export interface SalesOrder {
  id: string
  created_at: Date | string
  currency_code: string
  shipping_address?: ShipToAddress | null
  items: SalesOrderLine[]
}

export interface SourcingInfo {
  product_variant_id: string
  vendor_id: string
  vendor_sku?: string | null
  /** decimal string */
  unit_cost: string
  purchasing_code_id?: string | null
}

export interface VendorInfo {
  id: string
  currency_code: string
  lead_time_days: number
}

export interface PurchasingCodeInfo {
  id: string
  kind: PurchasingCodeKind
}

/** What raising one purchase request writes on the worksheet. */
export interface RequisitionLineDraft {
  vendor_id: string | null
  product_variant_id: string
  vendor_sku: string | null
  title: string | null
  quantity: number
  /** decimal string, null when the variant has no sourcing */
  unit_cost: string | null
  currency_code: string | null
  due_date: Date
  kind: PurchasingCodeKind
  purchasing_code_id: string
  order_id: string
  order_line_item_id: string
  ship_to: ShipToAddress | null
}

/** An open requisition line as carry-out sees it. */
export interface CarryOutCandidate {
  id: string
  vendor_id: string | null
  kind: PurchasingCodeKind
  order_id: string
  order_line_item_id: string
  ship_to: ShipToAddress | null
  due_date: Date | string | null
  created_at?: Date | string
}
