import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SPECIAL_ORDER_MODULE } from "../../src/modules/special-order"
import type SpecialOrderModuleService from "../../src/modules/special-order/service"
import { completeCartViaStoreApi, type HttpClient } from "./checkout"
import type { StoreContext } from "./store"

export const WAREHOUSE = { company: "Central warehouse", address_1: "1 Dock Road", city: "Lyon", postal_code: "69001", country_code: "fr" }

/** Places a guest order through the standard store API (cart → line items → checkout) and returns it. */
export async function placeOrderViaStoreApi(
  api: HttpClient,
  store: StoreContext,
  lines: [variantId: string, quantity: number][],
  options: { email?: string; shippingAddress?: Record<string, string> } = {}
): Promise<{ id: string; items: { id: string; variant_id: string; quantity: number; title: string }[] }> {
  const headers = { headers: store.storeHeaders() as Record<string, string> }
  const { cart } = (await api.post("/store/carts", { region_id: store.region.id, ...(options.email ? { email: options.email } : {}) }, headers)).data
  for (const [variant_id, quantity] of lines) {
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, headers)
  }
  const result: any = await completeCartViaStoreApi(api, cart.id, store.storeHeaders(), {
    ...(options.shippingAddress ? { shippingAddress: options.shippingAddress as any } : {}),
  })
  if (result.type !== "order") {
    throw new Error(`placeOrderViaStoreApi: checkout did not place an order: ${JSON.stringify(result.error)}`)
  }
  // items in the order the lines were given (the API does not promise an order)
  const rank = (variantId: string) => lines.findIndex(([v]) => v === variantId)
  return { ...result.order, items: [...result.order.items].sort((a: any, b: any) => rank(a.variant_id) - rank(b.variant_id)) }
}

/** Creates a vendor through the special-order module. */
export async function createTestVendor(container: MedusaContainer, overrides: Record<string, unknown> = {}) {
  const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const [vendor] = (await service.createVendors([
    {
      name: "Bois & Fils",
      email: "orders@bois.test",
      currency_code: "eur",
      lead_time_days: 10,
      address: { address_1: "5 rue du Bois", city: "Nantes", postal_code: "44000", country_code: "fr" },
      ...overrides,
    },
  ] as any)) as unknown as any[]
  return vendor as { id: string; name: string; email: string }
}

/**
 * Creates what carry-out creates, through the module service: a purchasing
 * code, one carried-out requisition line per chosen order line, and a PO (draft)
 * whose lines point to them and to the real order lines.
 */
export async function createTestPurchaseOrder(
  container: MedusaContainer,
  {
    vendorId,
    order,
    items,
    kind = "special_order",
    shipTo = WAREHOUSE,
    unitCost = "12.50",
  }: {
    vendorId: string
    order: { id: string; items: { id: string; variant_id: string; quantity: number; title: string }[] }
    /** order line item ids (default: every line) */
    items?: string[]
    kind?: "special_order" | "drop_shipment"
    shipTo?: Record<string, unknown> | null
    unitCost?: string
  }
) {
  const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const chosen = order.items.filter((i) => !items || items.includes(i.id))
  const due = new Date(Date.UTC(2030, 0, 15))
  const [code] = (await service.listPurchasingCodes({ code: kind === "special_order" ? "SPO" : "DROP" })) as unknown as any[]
  const purchasingCode =
    code ??
    ((await service.createPurchasingCodes([{ code: kind === "special_order" ? "SPO" : "DROP", kind, description: kind }] as any)) as unknown as any[])[0]
  const requisitions = (await service.createRequisitionLines(
    chosen.map((item) => ({
      vendor_id: vendorId,
      product_variant_id: item.variant_id,
      vendor_sku: `V-${item.variant_id.slice(-6)}`,
      title: item.title,
      quantity: item.quantity,
      unit_cost: unitCost,
      currency_code: "eur",
      due_date: due,
      action_message: "new",
      status: "carried_out",
      carried_out_at: new Date(),
      kind,
      purchasing_code_id: purchasingCode.id,
      order_id: order.id,
      order_line_item_id: item.id,
      ship_to: kind === "drop_shipment" ? shipTo : null,
    })) as any
  )) as unknown as any[]
  const [number] = await service.reservePurchaseOrderNumbers(1)
  const [po] = (await service.createPurchaseOrders([
    {
      number,
      vendor_id: vendorId,
      kind,
      currency_code: "eur",
      ship_to: shipTo,
      order_id: kind === "drop_shipment" ? order.id : null,
      due_date: due,
      lines: requisitions.map((r, i) => ({
        line_number: i + 1,
        requisition_line_id: r.id,
        order_id: order.id,
        order_line_item_id: r.order_line_item_id,
        product_variant_id: r.product_variant_id,
        vendor_sku: r.vendor_sku,
        title: r.title,
        quantity: r.quantity,
        unit_cost: unitCost,
        due_date: due,
      })),
    },
  ] as any)) as unknown as any[]
  const lines = (await service.listPurchaseOrderLines({ purchase_order_id: po.id } as any, { order: { line_number: "ASC" } } as any)) as unknown as any[]
  await service.updateRequisitionLines(
    lines.map((l) => ({ id: l.requisition_line_id, purchase_order_id: po.id, purchase_order_line_id: l.id })) as any
  )
  return { id: po.id as string, number: po.number as string, lines: lines as { id: string; requisition_line_id: string; order_line_item_id: string; quantity: number }[], requisitionIds: requisitions.map((r) => r.id as string) }
}

/** The notifications the local provider was given for `to`, newest last. */
export async function notificationsTo(container: MedusaContainer, to: string) {
  const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({ to }, { order: { created_at: "ASC" } } as any)
  return notifications as any[]
}

/** The secret in a vendor link (`…?token=<secret>`). */
export function secretOf(link: string): string {
  const token = new URL(link, "http://localhost").searchParams.get("token")
  if (!token) throw new Error(`No token in vendor link ${link}`)
  return token
}

/** The path and query of a vendor link, for the test client. */
export function pathOf(link: string): string {
  const url = new URL(link, "http://localhost")
  return `${url.pathname}${url.search}`
}

/** Records every event emitted on the real event bus while the test runs. */
export function recordEvents(container: MedusaContainer) {
  const eventBus = container.resolve(Modules.EVENT_BUS) as any
  // a recorder left over by a failed test must not wrap this one
  if (jest.isMockFunction(eventBus.emit)) eventBus.emit.mockRestore()
  const seen: { name: string; data: any }[] = []
  const original = eventBus.emit.bind(eventBus)
  const spy = jest.spyOn(eventBus, "emit").mockImplementation(async (messages: any, options?: any) => {
    for (const m of Array.isArray(messages) ? messages : [messages]) seen.push({ name: m.name ?? m.eventName, data: m.data })
    return original(messages, options)
  })
  return { seen, named: (name: string) => seen.filter((e) => e.name === name), restore: () => spy.mockRestore() }
}
