import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { decimalString } from "../../utils/decimals"
import type { VariantCatalogEntry } from "./load-variant-catalog"
import { pricingAddress } from "./cart-address"

export type TradePriceRequest = { key: string; price_set_id: string | null; quantity: number }

/**
 * What Medusa would charge without the plugin: the Pricing module's calculated
 * price with the same context the cart workflows build (price lists included),
 * one calculation per distinct quantity. Null when the variant has no price.
 */
export async function computeTradePrices(
  scope: MedusaContainer,
  context: Record<string, unknown>,
  requests: TradePriceRequest[]
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>()
  const pricing = scope.resolve(Modules.PRICING)
  const byQuantity = new Map<number, TradePriceRequest[]>()
  for (const r of requests) {
    out.set(r.key, null)
    if (!r.price_set_id) continue
    const group = byQuantity.get(r.quantity) ?? []
    group.push(r)
    byQuantity.set(r.quantity, group)
  }
  await Promise.all(
    [...byQuantity].map(async ([quantity, group]) => {
      const calculated = await pricing.calculatePrices(
        { id: [...new Set(group.map((g) => g.price_set_id!))] },
        { context: { ...context, quantity, is_custom_price: false } as any }
      )
      const bySet = new Map(calculated.map((c) => [c.id, c]))
      for (const r of group) {
        const c: any = bySet.get(r.price_set_id!)
        const amount = c?.calculated_amount
        out.set(r.key, amount === null || amount === undefined ? null : decimalString(c.raw_calculated_amount?.value ?? amount))
      }
    })
  )
  return out
}

/**
 * Starts computing the trade prices of a cart's items as soon as their
 * variants are loaded, alongside the agreement read (nothing when the catalog
 * was not prefetched). Only valid for this `cart` as it is: a caller that
 * relinks or reloads the cart must not use it unless the pricing context is
 * the same. A failure surfaces where the result is awaited.
 */
export function prefetchTradePrices(
  scope: MedusaContainer,
  cart: Record<string, any>,
  catalog: Promise<Map<string, VariantCatalogEntry>> | undefined,
  items: { key: string; variant_id: string; quantity: number }[]
): Promise<Map<string, string | null>> | undefined {
  if (!catalog) return undefined
  const pending = catalog.then((c) =>
    computeTradePrices(
      scope,
      cartPricingContext(cart),
      items.map((i) => ({ key: i.key, price_set_id: c.get(i.variant_id)?.price_set_id ?? null, quantity: i.quantity }))
    )
  )
  pending.catch(() => undefined)
  return pending
}

/** The pricing context Medusa's cart workflows use (core-flows getVariantsAndItemsWithPrices). */
export function cartPricingContext(cart: Record<string, any>): Record<string, unknown> {
  return {
    id: cart.id,
    sales_channel_id: cart.sales_channel_id,
    shipping_address: pricingAddress(cart.shipping_address),
    item_total: cart.item_total,
    total: cart.total,
    locale: cart.locale,
    email: cart.email,
    customer: cart.customer,
    region: cart.region ?? (cart.region_id ? { id: cart.region_id } : undefined),
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    customer_id: cart.customer_id,
  }
}
