import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createPurchasingCodeWorkflow,
  createVendorWorkflow,
  upsertVariantSourcingWorkflow,
} from "../../src/workflows"
import { SPECIAL_ORDER_MODULE } from "../../src/modules/special-order"
import type SpecialOrderModuleService from "../../src/modules/special-order/service"
import type { VendorInput } from "../../src/types/special-order/workflows"
import { completeCartViaStoreApi, type CompleteCartOptions, type HttpClient } from "./checkout"
import type { StoreHeaders } from "./store"

export type SeededVendor = { id: string; name: string; email: string; currency_code: string; lead_time_days: number }

let vendorCount = 0

/**
 * Creates a vendor through `createVendorWorkflow` (defaults: a unique name and
 * email, eur, 5 days lead time).
 *
 * @example
 * const acme = await seedVendor(container, { name: "Acme", lead_time_days: 3 })
 */
export async function seedVendor(container: MedusaContainer, overrides: Partial<VendorInput> = {}): Promise<SeededVendor> {
  vendorCount += 1
  const input: VendorInput = {
    name: `Vendor ${vendorCount}`,
    email: `vendor-${vendorCount}-${Date.now()}@vendors.test`,
    currency_code: "eur",
    lead_time_days: 5,
    ...overrides,
  }
  const { result } = await createVendorWorkflow(container).run({ input })
  return {
    id: result.id,
    name: input.name,
    email: input.email,
    currency_code: input.currency_code,
    lead_time_days: input.lead_time_days ?? 0,
  }
}

export type SeededPurchasingCodes = { specialOrder: { id: string; code: string }; dropShipment: { id: string; code: string } }

/**
 * Creates (or reuses, by code) a special-order code and a drop-shipment code.
 *
 * @example
 * const codes = await seedPurchasingCodes(container)
 * await seedSourcing(container, { vendor_id, product_variant_id, purchasing_code_id: codes.specialOrder.id })
 */
export async function seedPurchasingCodes(
  container: MedusaContainer,
  { specialOrder = "SPECIAL", dropShipment = "DROPSHIP" }: { specialOrder?: string; dropShipment?: string } = {}
): Promise<SeededPurchasingCodes> {
  const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const ensure = async (code: string, kind: "special_order" | "drop_shipment", description: string) => {
    const [existing] = await service.listPurchasingCodes({ code }, { select: ["id", "code"] })
    if (existing) return { id: existing.id, code }
    const { result } = await createPurchasingCodeWorkflow(container).run({ input: { code, kind, description } })
    return { id: result.id, code }
  }
  return {
    specialOrder: await ensure(specialOrder, "special_order", "Bought from the vendor for this order, shipped to our warehouse"),
    dropShipment: await ensure(dropShipment, "drop_shipment", "Shipped by the vendor straight to the customer"),
  }
}

/**
 * Sources a variant from a vendor through `upsertVariantSourcingWorkflow` (so a
 * default purchasing code turns the variant's inventory management off, as in
 * production). Defaults: unit cost "7.25", vendor SKU `V-<variant id tail>`.
 */
export async function seedSourcing(
  container: MedusaContainer,
  input: {
    vendor_id: string
    product_variant_id: string
    purchasing_code_id?: string | null
    unit_cost?: string
    vendor_sku?: string | null
  }
): Promise<{ id: string }> {
  const { result } = await upsertVariantSourcingWorkflow(container).run({
    input: {
      unit_cost: "7.25",
      vendor_sku: `V-${input.product_variant_id.slice(-6)}`,
      ...input,
    },
  })
  return result
}

/**
 * Places an order the way a storefront does (create cart, add lines, complete
 * through the standard store API) and returns the order.
 *
 * @example
 * const order = await placeOrderViaStoreApi(api, store.storeHeaders(), store.region.id, [[variantId, 2]])
 */
export async function placeOrderViaStoreApi(
  api: HttpClient,
  headers: StoreHeaders,
  regionId: string,
  lines: [variantId: string, quantity: number][],
  options: CompleteCartOptions = {}
): Promise<any> {
  const config = { headers: headers as unknown as Record<string, string> }
  const { cart } = (await api.post("/store/carts", { region_id: regionId }, config)).data
  for (const [variant_id, quantity] of lines) {
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, config)
  }
  const result = await completeCartViaStoreApi(api, cart.id, headers, options)
  if (result.type !== "order") {
    throw new Error(`Cart ${cart.id} did not complete: ${JSON.stringify(result.error)}`)
  }
  return result.order
}

/** Polls `read` until `done` holds (subscribers run after the response), or fails after `timeoutMs`. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`waitFor: condition not met after ${timeoutMs} ms (last value: ${JSON.stringify(value)})`)
    }
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return value
}
