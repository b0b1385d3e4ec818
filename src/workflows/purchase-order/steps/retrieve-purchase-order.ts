import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseOrderStatus } from "../../../domain/purchase-orders/types"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"
import { PurchaseOrderErrorCode } from "../../../utils/purchase-order-errors"

export const retrievePurchaseOrderStepId = "retrieve-purchase-order"

/** A purchase order with its lines and vendor, plain and serialisable (exact decimals as strings). */
export interface RetrievedPurchaseOrder {
  id: string
  number: string
  status: PurchaseOrderStatus
  kind: "special_order" | "drop_shipment"
  vendor_id: string
  currency_code: string
  ship_to: Record<string, unknown> | null
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
  access_token_expires_at: string | null
  created_at: string | null
  metadata: Record<string, unknown> | null
  lines: {
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
    unit_cost: string | null
    due_date: string | null
    flagged: boolean
    flag_reason: string | null
  }[]
  vendor: { id: string; name: string; email: string; phone: string | null; address: Record<string, unknown> | null } | null
}

const iso = (value: unknown): string | null =>
  value instanceof Date ? value.toISOString() : typeof value === "string" && value ? value : null

const decimal = (raw: any, value: unknown): string | null => {
  if (raw && typeof raw === "object" && raw.value !== undefined && raw.value !== null) return String(raw.value)
  return value === null || value === undefined ? null : String(value)
}

function toRetrieved(po: any, vendor: any): RetrievedPurchaseOrder {
  return {
    id: po.id,
    number: po.number,
    status: po.status,
    kind: po.kind,
    vendor_id: po.vendor_id,
    currency_code: po.currency_code,
    ship_to: po.ship_to ?? null,
    order_id: po.order_id ?? null,
    due_date: iso(po.due_date),
    expected_ship_date: iso(po.expected_ship_date),
    carrier: po.carrier ?? null,
    tracking_number: po.tracking_number ?? null,
    sent_at: iso(po.sent_at),
    acknowledged_at: iso(po.acknowledged_at),
    shipped_at: iso(po.shipped_at),
    received_at: iso(po.received_at),
    canceled_at: iso(po.canceled_at),
    access_token_expires_at: iso(po.access_token_expires_at),
    created_at: iso(po.created_at),
    metadata: po.metadata ?? null,
    lines: ((po.lines ?? []) as any[])
      .map((l) => ({
        id: l.id,
        line_number: l.line_number,
        requisition_line_id: l.requisition_line_id,
        order_id: l.order_id,
        order_line_item_id: l.order_line_item_id,
        product_variant_id: l.product_variant_id,
        vendor_sku: l.vendor_sku ?? null,
        title: l.title ?? null,
        quantity: Number(l.quantity),
        quantity_received: Number(l.quantity_received ?? 0),
        unit_cost: decimal(l.raw_unit_cost, l.unit_cost),
        due_date: iso(l.due_date),
        flagged: !!l.flagged,
        flag_reason: l.flag_reason ?? null,
      }))
      .sort((a, b) => a.line_number - b.line_number),
    vendor: vendor
      ? { id: vendor.id, name: vendor.name, email: vendor.email, phone: vendor.phone ?? null, address: vendor.address ?? null }
      : null,
  }
}

/** Reads purchase orders (lines, vendors) through the module in two queries, in the order of `ids`. */
export async function loadPurchaseOrders(service: SpecialOrderModuleService, ids: string[]): Promise<RetrievedPurchaseOrder[]> {
  if (!ids.length) {
    return []
  }
  const pos = (await service.listPurchaseOrders({ id: ids }, { relations: ["lines"] })) as any[]
  const vendorIds = [...new Set(pos.map((po) => po.vendor_id as string))]
  const vendors = vendorIds.length ? ((await service.listVendors({ id: vendorIds })) as any[]) : []
  const byId = new Map(pos.map((po) => [po.id, po]))
  return ids
    .filter((id) => byId.has(id))
    .map((id) => {
      const po = byId.get(id)
      return toRetrieved(po, vendors.find((v) => v.id === po.vendor_id))
    })
}

/** Reads one purchase order (lines, vendor) through the module, or throws a 404 naming the id. */
export async function loadPurchaseOrder(service: SpecialOrderModuleService, id: string): Promise<RetrievedPurchaseOrder> {
  const [po] = await loadPurchaseOrders(service, [id])
  if (!po) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order with id: ${id} was not found`, PurchaseOrderErrorCode.NOT_FOUND)
  }
  return po
}

/** This step reads a purchase order with its lines and vendor (404 when it does not exist). */
export const retrievePurchaseOrderStep = createStep(
  retrievePurchaseOrderStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    return new StepResponse(await loadPurchaseOrder(service, input.id))
  }
)
