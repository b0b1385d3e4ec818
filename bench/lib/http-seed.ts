/**
 * Seed for the HTTP cart benchmark, written with the project's test helpers and
 * Medusa's core workflows: one store (EUR region, sales channel, publishable
 * key, checkout: stock location, shipping option, tax region, system payment
 * provider), a catalog of 60 variants priced in EUR (10 products × 6 variants in
 * two categories, no inventory management), customer A with an effective
 * auto_apply agreement whose commitments cover every variant with a mix of the
 * four commitment types (max_enforced where it can be, with balances far above
 * what the benchmark consumes) and customer B with no agreement.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seedCheckout } from "../../integration-tests/utils/checkout"
import { createCustomer, createStoreContext } from "../../integration-tests/utils/store"
import { createSalesAgreementWorkflow, updateSalesAgreementStatusWorkflow } from "../../src/workflows"

const PRODUCTS = 10
const VARIANTS_PER_PRODUCT = 6
/**
 * Trade prices have cents, as in a real catalogue: contract prices (80 %, −10 %,
 * −5 %, −2 %) always do, and Medusa's own totals and workflow state cost more
 * for non-integer amounts than for whole numbers, which would otherwise be
 * counted against the agreement.
 */
const tradePrice = (p: number, v: number) => 10 + p * VARIANTS_PER_PRODUCT + v + 0.45

export type HttpBenchSeed = {
  publishableKey: string
  regionId: string
  salesChannelId: string
  shippingOptionId: string
  countryCode: string
  customerA: { id: string; token: string; email: string }
  customerB: { id: string; token: string; email: string }
  agreementId: string
  agreementLines: number
  commitmentTypes: Record<string, number>
  /** in cart order: the benchmark adds variants[0], variants[1], … */
  variants: { id: string; product_id: string; price: number; commitment_type: string }[]
}

export async function seedHttpBench(container: MedusaContainer): Promise<HttpBenchSeed> {
  const store = await createStoreContext(container, { currency: "eur", name: "Bench" })
  const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })

  const createCategory = async (name: string, parent_category_id: string | null) => {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: [
          { name, handle: `bench-${name.toLowerCase()}`, is_active: true, is_internal: false, parent_category_id },
        ],
      },
    })
    return result[0].id
  }
  const catalogId = await createCategory("Catalog", null)
  const partsId = await createCategory("Parts", catalogId)
  const toolsId = await createCategory("Tools", catalogId)

  const sizes = Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => `S${v + 1}`)
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: PRODUCTS }, (_, p) => ({
        title: `Bench product ${p + 1}`,
        handle: `bench-product-${p + 1}`,
        status: ProductStatus.PUBLISHED,
        sales_channels: [{ id: store.salesChannel.id }],
        shipping_profile_id: checkout.shippingProfileId,
        category_ids: [p < 7 ? partsId : toolsId],
        options: [{ title: "Size", values: sizes }],
        variants: sizes.map((size, v) => ({
          title: size,
          sku: `BENCH-${p + 1}-${size}`,
          options: { Size: size },
          manage_inventory: false,
          prices: [{ currency_code: "eur", amount: tradePrice(p, v) }],
        })),
      })),
    },
  })

  // Commitments: products 1-4 per variant (product_quantity, fixed unit price,
  // max enforced), products 5-7 per product (product_value, 10 %, max enforced),
  // products 8-10 through the Tools category (product_category_value, 5 %), and
  // an any-product value commitment (2 %) behind them all.
  const lines: any[] = []
  const variants: HttpBenchSeed["variants"] = []
  const BIG = "100000000"
  products.forEach((product: any, p: number) => {
    const ordered = [...product.variants].sort((a: any, b: any) => a.sku.localeCompare(b.sku))
    ordered.forEach((variant: any, v: number) => {
      const price = tradePrice(p, v)
      let commitment_type = "product_category_value"
      if (p < 4) {
        commitment_type = "product_quantity"
        lines.push({
          commitment_type,
          product_variant_id: variant.id,
          quantity: "1000000",
          unit_label: "pcs",
          unit_price: (price * 0.8).toFixed(2),
          max_enforced: true,
        })
      } else if (p < 7) {
        commitment_type = "product_value"
      }
      variants.push({ id: variant.id, product_id: product.id, price, commitment_type })
    })
    if (p >= 4 && p < 7) {
      lines.push({ commitment_type: "product_value", product_id: product.id, amount: BIG, discount_percent: "10", max_enforced: true })
    }
  })
  lines.push({ commitment_type: "product_category_value", product_category_id: toolsId, amount: BIG, discount_percent: "5", max_enforced: true })
  lines.push({ commitment_type: "value", amount: BIG, discount_percent: "2" })

  const a = await createCustomer(container, { email: "bench-a@bench.test", first_name: "Linked", last_name: "Buyer" })
  const b = await createCustomer(container, { email: "bench-b@bench.test", first_name: "Unlinked", last_name: "Buyer" })
  const countryCode = "de"
  const { result: agreement } = await createSalesAgreementWorkflow(container).run({
    input: {
      customer_id: a.customer.id,
      currency_code: "eur",
      title: "Bench agreement",
      effective_date: "2020-01-01T00:00:00Z",
      expiration_date: "2099-12-31T23:59:59Z",
      payment_terms: "Net 30",
      delivery_terms: "DAP",
      shipping_address: {
        first_name: "Linked",
        last_name: "Buyer",
        address_1: "1 Bench Street",
        city: "Berlin",
        postal_code: "10115",
        country_code: countryCode,
      },
      auto_apply: true,
      lines,
    } as any,
  })
  await updateSalesAgreementStatusWorkflow(container).run({ input: { id: agreement.id, status: "effective" } as any })

  // Interleave commitment types in cart order so carts of 10 lines mix them too.
  const byType = new Map<string, HttpBenchSeed["variants"]>()
  for (const v of variants) {
    byType.set(v.commitment_type, [...(byType.get(v.commitment_type) ?? []), v])
  }
  const queues = [...byType.values()]
  const mixed: HttpBenchSeed["variants"] = []
  while (queues.some((q) => q.length)) {
    for (const q of queues) {
      const next = q.shift()
      if (next) mixed.push(next)
    }
  }

  const commitmentTypes: Record<string, number> = {}
  for (const l of lines) commitmentTypes[l.commitment_type] = (commitmentTypes[l.commitment_type] ?? 0) + 1

  return {
    publishableKey: store.publishableKey,
    regionId: store.region.id,
    salesChannelId: store.salesChannel.id,
    shippingOptionId: checkout.shippingOptionId,
    countryCode,
    customerA: { id: a.customer.id, token: a.token, email: "bench-a@bench.test" },
    customerB: { id: b.customer.id, token: b.token, email: "bench-b@bench.test" },
    agreementId: agreement.id,
    agreementLines: lines.length,
    commitmentTypes,
    variants: mixed,
  }
}
