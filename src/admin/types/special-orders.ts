import type { PurchaseOrderKind, PurchaseOrderStatus } from "../../domain/purchase-orders/types"
import type { PurchasingCodeKind, RequisitionLineStatus } from "../../domain/special-orders/types"

export type { PurchaseOrderKind, PurchaseOrderStatus, PurchasingCodeKind, RequisitionLineStatus }

/** Decimals travel as exact strings in API responses. */
export type Decimal = string | null

export interface AdminAddress {
  /** e.g. the warehouse's name on a special-order PO's ship-to */
  name?: string | null
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

export interface AdminVendor {
  id: string
  name: string
  email: string
  phone: string | null
  currency_code: string
  lead_time_days: number
  address: AdminAddress | null
  notes: string | null
  metadata?: Record<string, unknown> | null
  created_at?: string
  updated_at?: string
}

export interface AdminPurchasingCode {
  id: string
  code: string
  description: string | null
  kind: PurchasingCodeKind
  created_at?: string
  updated_at?: string
}

export interface AdminVariantSourcing {
  id: string
  vendor_id: string
  product_variant_id: string
  vendor_sku: string | null
  unit_cost: Decimal
  purchasing_code_id: string | null
  previous_manage_inventory: boolean | null
  created_at?: string
  updated_at?: string
}

export interface AdminRequisitionLine {
  id: string
  status: RequisitionLineStatus
  action_message: "new" | "cancel" | string
  kind: PurchasingCodeKind
  vendor_id: string | null
  product_variant_id: string
  vendor_sku: string | null
  title: string | null
  quantity: number
  unit_cost: Decimal
  currency_code: string | null
  due_date: string | null
  purchasing_code_id: string | null
  order_id: string
  order_line_item_id: string
  ship_to: AdminAddress | null
  purchase_order_id: string | null
  purchase_order_line_id: string | null
  carried_out_at: string | null
  canceled_at: string | null
  created_at?: string
}

export interface AdminPurchaseOrderLine {
  id: string
  line_number: number
  requisition_line_id: string
  order_id: string
  order_line_item_id: string
  product_variant_id: string
  vendor_sku: string | null
  title: string | null
  quantity: number
  quantity_received: number
  unit_cost: Decimal
  due_date: string | null
  flagged: boolean
  flag_reason: string | null
}

export interface AdminPurchaseOrder {
  id: string
  number: string
  status: PurchaseOrderStatus
  kind: PurchaseOrderKind
  vendor_id: string
  currency_code: string
  ship_to: AdminAddress | null
  order_id: string | null
  due_date: string | null
  expected_ship_date: string | null
  carrier: string | null
  tracking_number: string | null
  sent_at: string | null
  acknowledged_at: string | null
  shipped_at: string | null
  received_at: string | null
  canceled_at: string | null
  created_at: string | null
  metadata: {
    receipts?: { received_at: string; lines: { id: string; quantity: number }[] }[]
    shipments?: { carrier: string; tracking_number: string; shipped_at?: string }[]
  } & Record<string, unknown> | null
  lines: AdminPurchaseOrderLine[]
  vendor: Pick<AdminVendor, "id" | "name" | "email" | "phone" | "address"> | null
  vendor_access: { active: boolean; expires_at: string | null }
}

/** One value or several, as the list routes accept them. */
type OneOrMany<T> = T | T[]

export interface ListParams {
  limit?: number
  offset?: number
  order?: string
  fields?: string
}

export interface AdminVendorListParams extends ListParams {
  q?: string
  currency_code?: string
}

export interface AdminPurchasingCodeListParams extends ListParams {
  q?: string
  kind?: OneOrMany<PurchasingCodeKind>
}

export interface AdminRequisitionLineListParams extends ListParams {
  status?: OneOrMany<RequisitionLineStatus>
  kind?: OneOrMany<PurchasingCodeKind>
  vendor_id?: OneOrMany<string>
  order_id?: OneOrMany<string>
}

export interface AdminPurchaseOrderListParams extends ListParams {
  q?: string
  status?: OneOrMany<PurchaseOrderStatus>
  vendor_id?: OneOrMany<string>
  order_id?: OneOrMany<string>
}

interface Paginated {
  count: number
  offset: number
  limit: number
}

export interface AdminVendorListResponse extends Paginated {
  vendors: AdminVendor[]
}
export interface AdminVendorResponse {
  vendor: AdminVendor
}
export interface AdminPurchasingCodeListResponse extends Paginated {
  purchasing_codes: AdminPurchasingCode[]
}
export interface AdminPurchasingCodeResponse {
  purchasing_code: AdminPurchasingCode
}
export interface AdminVariantSourcingListResponse extends Paginated {
  variant_sourcings: AdminVariantSourcing[]
}
export interface AdminVariantSourcingResponse {
  variant_sourcing: AdminVariantSourcing
}
export interface AdminRequisitionLineListResponse extends Paginated {
  requisition_lines: AdminRequisitionLine[]
}
export interface AdminRequisitionLineResponse {
  requisition_line: AdminRequisitionLine
}
export interface AdminGetSalesOrdersResponse {
  requisition_lines: AdminRequisitionLine[]
  count: number
  already_on_worksheet: number
}
export interface AdminCarryOutResponse {
  purchase_orders: AdminPurchaseOrder[]
  skipped: { id: string; status: RequisitionLineStatus }[]
}
export interface AdminPurchaseOrderListResponse extends Paginated {
  purchase_orders: AdminPurchaseOrder[]
}
export interface AdminPurchaseOrderResponse {
  purchase_order: AdminPurchaseOrder
}
export interface AdminReceivePurchaseOrderResponse extends AdminPurchaseOrderResponse {
  received: {
    id: string
    order_id: string
    order_line_item_id: string
    quantity_received: number
    ready_to_fulfil: boolean
  }[]
}
export interface AdminCancelPurchaseOrderResponse extends AdminPurchaseOrderResponse {
  requisition_lines: { reopened: string[]; canceled: string[] }
}
export interface AdminSetLinePurchasingCodeResponse {
  order_line_purchasing_code: { order_id: string; order_line_item_id: string; purchasing_code_id: string | null }
  requisition_line: AdminRequisitionLine | null
}
export interface DeleteResponse {
  id: string
  object: string
  deleted: boolean
}
export interface AdminDeleteSourcingResponse {
  ids: string[]
  object: string
  deleted: boolean
}

export interface AdminVendorPayload {
  name?: string
  email?: string
  phone?: string | null
  currency_code?: string
  lead_time_days?: number
  address?: AdminAddress | null
  notes?: string | null
}

export interface AdminPurchasingCodePayload {
  code?: string
  description?: string | null
  kind?: PurchasingCodeKind
}

export interface AdminUpsertVariantSourcingPayload {
  product_variant_id: string
  vendor_sku?: string | null
  unit_cost: string
  purchasing_code_id?: string | null
}

export interface AdminGetSalesOrdersPayload {
  order_id?: string
  from?: string
  to?: string
}

export interface AdminUpdateRequisitionLinePayload {
  vendor_id?: string
  quantity?: number
  due_date?: string
  unit_cost?: string
}

export interface AdminReceivePurchaseOrderPayload {
  lines: { id: string; quantity: number }[]
}

/** What the line item's metadata says once its PO line was received (written by the plugin). */
export interface SpecialOrderLineMetadata {
  status?: "ready_to_fulfil" | "partially_received" | string
  purchase_order_id?: string
  purchase_order_number?: string
  purchase_order_line_id?: string
  quantity_ordered?: number
  quantity_received?: number
  received_at?: string
}

/** An order line with its special-order state, read through the plugin's read-only links. */
export interface OrderSpecialOrderItem {
  id: string
  title: string | null
  variant_sku?: string | null
  variant_id?: string | null
  quantity: number
  metadata?: ({ special_order?: SpecialOrderLineMetadata } & Record<string, unknown>) | null
  requisition_line?: AdminRequisitionLine | null
  detail?: {
    purchase_order_lines?:
      | (Pick<AdminPurchaseOrderLine, "id" | "quantity" | "quantity_received" | "flagged" | "flag_reason"> & {
          purchase_order?: Pick<AdminPurchaseOrder, "id" | "number" | "status"> | null
        })[]
      | null
  } | null
}

export interface OrderSpecialOrderState {
  order: { id: string; status?: string; items: OrderSpecialOrderItem[] }
}
