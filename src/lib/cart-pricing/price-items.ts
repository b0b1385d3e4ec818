import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SalesAgreementErrorCode } from "../../utils/errors"
import { buildPolicyFacts, evaluatePolicy, type PolicyInput } from "../../domain/policy"
import { LinePricing, priceCartLines } from "../../domain/pricing/price-cart-lines"
import type { AgreementWithBalances } from "../../types"
import { cartPricingContext, computeTradePrices } from "./compute-trade-prices"
import { loadVariantCatalog, VariantCatalogEntry } from "./load-variant-catalog"
import { policyRulesFor } from "./load-policy-rules"

export type ItemToPrice = {
  key: string
  variant_id: string
  quantity: number
  price_overridden?: boolean
  /** a trade price already known (recorded on the line when it was priced): no recalculation */
  trade_unit_price?: string | null
}

export type PriceItemsInput = {
  /** cart-like pricing context: customer, currency, region, sales channel… */
  cart: Record<string, any>
  agreement: AgreementWithBalances
  items: ItemToPrice[]
  requested_ship_date: Date
  context: PolicyInput["context"]
  /** what other lines of the cart already take from each commitment */
  prior_consumption?: Record<string, { quantity: string; amount: string }>
  /** the items' variants, when the caller loaded them already (for example alongside the agreement) */
  catalog?: Promise<Map<string, VariantCatalogEntry>>
  /** trade prices by item key, when the caller computed them already (prefetchTradePrices, same cart) */
  trade?: Promise<Map<string, string | null>>
}

/**
 * Prices items against an agreement: loads the variants' products and
 * categories, computes their trade prices the way Medusa does, and lets the
 * pure pricing and policy functions decide each line.
 */
export async function priceItems(scope: MedusaContainer, input: PriceItemsInput): Promise<LinePricing[]> {
  const rules = policyRulesFor(input.agreement)
  const catalog = await (input.catalog ?? loadVariantCatalog(scope, input.items.map((i) => i.variant_id)))
  const prefetched = input.trade ? await input.trade : undefined
  const trade = await computeTradePrices(
    scope,
    cartPricingContext(input.cart),
    input.items
      .filter((i) => i.trade_unit_price === undefined && !prefetched?.has(i.key))
      .map((i) => ({
        key: i.key,
        price_set_id: catalog.get(i.variant_id)?.price_set_id ?? null,
        quantity: i.quantity,
      }))
  )
  for (const i of input.items) {
    if (i.trade_unit_price !== undefined) trade.set(i.key, i.trade_unit_price)
    else if (prefetched?.has(i.key)) trade.set(i.key, prefetched.get(i.key)!)
  }
  return await priceCartLines({
    agreement: input.agreement,
    lines: input.items.map((i) => {
      const entry = catalog.get(i.variant_id)
      return {
        key: i.key,
        variant_id: i.variant_id,
        product_id: entry?.product_id ?? "",
        categories: entry?.categories ?? [],
        quantity: i.quantity,
        trade_unit_price: trade.get(i.key) ?? null,
        price_overridden: i.price_overridden,
      }
    }),
    currency_code: input.cart.currency_code,
    requested_ship_date: input.requested_ship_date,
    customer_id: input.cart.customer_id,
    context: input.context,
    prior_consumption: input.prior_consumption,
    evaluate: (policyInput) => evaluatePolicy(rules, buildPolicyFacts(policyInput)),
  })
}

/** A `block` decision stops the cart operation with the rules' messages (400). */
export function assertNotBlocked(pricing: LinePricing): void {
  if (pricing.outcome === "block") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      pricing.reasons.map((r) => r.message).join("; "),
      SalesAgreementErrorCode.POLICY_BLOCKED
    )
  }
}
