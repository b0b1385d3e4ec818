import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildRequisitionLines } from "../../../domain/special-orders/build-requisition-lines"
import type { RequisitionLineDraft, SalesOrder } from "../../../domain/special-orders/types"
import { specialOrderService } from "./service"

export type CollectPurchaseRequestsStepInput = {
  /** these orders (default: every placed order, within `from`/`to` when given) */
  order_ids?: string[]
  /** only these order lines */
  order_line_item_ids?: string[]
  /** orders placed at or after this instant */
  from?: string | Date
  /** orders placed at or before this instant */
  to?: string | Date
  /** keep lines that already have a requisition line (default: leave them out) */
  include_raised?: boolean
}

export type CollectPurchaseRequestsStepOutput = {
  /** the purchase requests to raise */
  drafts: RequisitionLineDraft[]
  /** order line item ids of the selection that already have a requisition line (left out) */
  already_raised: string[]
}

const ORDER_FIELDS = [
  "id",
  "status",
  "created_at",
  "currency_code",
  "is_draft_order",
  "shipping_address.*",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.raw_quantity",
  "items.title",
  "items.variant_sku",
]

/** Order statuses whose lines can still be bought for. */
const PLACED = new Set(["pending", "completed", "requires_action"])

export const collectPurchaseRequestsStepId = "collect-purchase-requests"

const addressOf = (a: any) => {
  if (!a) return null
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, customer_id: _cu, ...rest } = a
  return rest
}

/**
 * This step reads placed orders and works out which of their lines raise a
 * purchase request (the admin-set line code wins over the variant's default;
 * lines holding an inventory reservation never do), ready to be written, and
 * which lines of the selection are already on the worksheet.
 */
export const collectPurchaseRequestsStep = createStep(
  collectPurchaseRequestsStepId,
  async (input: CollectPurchaseRequestsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = specialOrderService(container)
    const filters: Record<string, unknown> = {}
    if (input.order_ids) {
      if (!input.order_ids.length) return new StepResponse<CollectPurchaseRequestsStepOutput>({ drafts: [], already_raised: [] })
      filters.id = input.order_ids
    }
    if (input.from || input.to) {
      filters.created_at = {
        ...(input.from ? { $gte: new Date(input.from) } : {}),
        ...(input.to ? { $lte: new Date(input.to) } : {}),
      }
    }
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters })
    const wantedItems = input.order_line_item_ids ? new Set(input.order_line_item_ids) : null
    const orders: SalesOrder[] = (data as any[])
      .filter((o) => PLACED.has(o.status) && !o.is_draft_order)
      .map((o) => ({
        id: o.id,
        created_at: o.created_at,
        currency_code: o.currency_code,
        shipping_address: addressOf(o.shipping_address),
        items: (o.items ?? [])
          .filter((i: any) => i && (!wantedItems || wantedItems.has(i.id)))
          .map((i: any) => ({
            id: i.id,
            variant_id: i.variant_id ?? null,
            quantity: Number(i.detail?.raw_quantity?.value ?? i.detail?.quantity ?? i.quantity),
            title: i.title ?? null,
            variant_sku: i.variant_sku ?? null,
          })),
      }))
    let items = orders.flatMap((o) => o.items)
    let alreadyRaised: string[] = []
    if (!input.include_raised && items.length) {
      const raised = await service.listRequisitionLines(
        { order_line_item_id: items.map((i) => i.id) },
        { select: ["order_line_item_id"] }
      )
      const done = new Set(raised.map((r) => r.order_line_item_id))
      alreadyRaised = [...done]
      for (const o of orders) o.items = o.items.filter((i) => !done.has(i.id))
      items = orders.flatMap((o) => o.items)
    }
    const respond = (drafts: RequisitionLineDraft[]) =>
      new StepResponse<CollectPurchaseRequestsStepOutput>({ drafts, already_raised: alreadyRaised })
    if (!items.length) {
      return respond([])
    }
    const variantIds = [...new Set(items.map((i) => i.variant_id).filter((v): v is string => !!v))]
    const [sourcing, lineCodes] = await Promise.all([
      variantIds.length ? service.listVariantSourcings({ product_variant_id: variantIds }) : Promise.resolve([]),
      service.listOrderLinePurchasingCodes({ order_line_item_id: items.map((i) => i.id) }),
    ])
    const codeIds = [
      ...new Set([...sourcing.map((s) => s.purchasing_code_id), ...lineCodes.map((l) => l.purchasing_code_id)].filter(
        (c): c is string => !!c
      )),
    ]
    const vendorIds = [...new Set(sourcing.map((s) => s.vendor_id))]
    const [codes, vendors] = await Promise.all([
      codeIds.length ? service.listPurchasingCodes({ id: codeIds }) : Promise.resolve([]),
      vendorIds.length ? service.listVendors({ id: vendorIds }) : Promise.resolve([]),
    ])
    const base = {
      orders,
      sourcing: Object.fromEntries(
        sourcing.map((s: any) => [
          s.product_variant_id,
          {
            product_variant_id: s.product_variant_id,
            vendor_id: s.vendor_id,
            vendor_sku: s.vendor_sku,
            unit_cost: s.raw_unit_cost?.value ?? String(s.unit_cost),
            purchasing_code_id: s.purchasing_code_id,
          },
        ])
      ),
      codes: Object.fromEntries(codes.map((c) => [c.id, { id: c.id, kind: c.kind as any }])),
      line_codes: Object.fromEntries(lineCodes.map((l) => [l.order_line_item_id, l.purchasing_code_id])),
      vendors: Object.fromEntries(
        vendors.map((v) => [v.id, { id: v.id, currency_code: v.currency_code, lead_time_days: v.lead_time_days ?? 0 }])
      ),
    }
    const candidates = buildRequisitionLines(base)
    if (!candidates.length) {
      return respond(candidates)
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems(
      { line_item_id: candidates.map((c) => c.order_line_item_id) },
      { select: ["id", "line_item_id"] }
    )
    if (!reservations.length) {
      return respond(candidates)
    }
    const reserved = reservations.map((r) => r.line_item_id).filter((id): id is string => !!id)
    return respond(buildRequisitionLines({ ...base, reserved_line_ids: reserved }))
  }
)
