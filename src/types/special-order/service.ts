import type { PurchasingCodeKind, RequisitionLineStatus } from "../../domain/special-orders/types"

/** A requisition line as the service's raw statements return it. */
export interface RaisedRequisitionLine {
  id: string
  vendor_id: string | null
  product_variant_id: string
  vendor_sku: string | null
  title: string | null
  quantity: number
  /** decimal string */
  unit_cost: string | null
  currency_code: string | null
  due_date: Date | null
  action_message: "new" | "cancel"
  status: RequisitionLineStatus
  kind: PurchasingCodeKind
  purchasing_code_id: string
  order_id: string
  order_line_item_id: string
  ship_to: Record<string, unknown> | null
  purchase_order_id: string | null
  purchase_order_line_id: string | null
  carried_out_at: Date | null
  canceled_at: Date | null
  created_at: Date
}

/** Which open requisition lines to carry out (both absent: all open lines). */
export interface CarryOutSelector {
  ids?: string[]
  order_ids?: string[]
  /** ship-to of special-order purchase orders */
  warehouse_address?: Record<string, unknown> | null
}

export interface CarriedOutPurchaseOrderLine {
  id: string
  line_number: number
  requisition_line_id: string
  order_id: string
  order_line_item_id: string
  product_variant_id: string
  vendor_sku: string | null
  title: string | null
  quantity: number
  /** decimal string */
  unit_cost: string | null
  due_date: Date | null
}

export interface CarriedOutPurchaseOrder {
  id: string
  number: string
  vendor_id: string
  status: string
  kind: PurchasingCodeKind
  currency_code: string
  ship_to: Record<string, unknown> | null
  order_id: string | null
  due_date: Date | null
  lines: CarriedOutPurchaseOrderLine[]
}

export interface OrderCancellationResult {
  canceled_requisition_line_ids: string[]
  flagged_purchase_order_line_ids: string[]
}
