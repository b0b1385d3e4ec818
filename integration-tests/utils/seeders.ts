import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"

export type SeededVariant = { id: string; sku: string; price: number }

export type SeededCatalog = {
  /** Hardware > Fasteners > Screws */
  categories: { hardwareId: string; fastenersId: string; screwsId: string }
  products: {
    /** In Screws (so also under Fasteners and Hardware); two variants. */
    screw: { id: string; variants: { m4x20: SeededVariant; m4x30: SeededVariant } }
    /** In Fasteners. */
    bolt: { id: string; variants: { m8: SeededVariant } }
    /** In Hardware only. */
    drill: { id: string; variants: { standard: SeededVariant } }
  }
}

/** Same amount in every currency (major units, as Medusa 2 stores them). */
const PRICES = { "SCREW-M4-20": 10, "SCREW-M4-30": 12, "BOLT-M8": 25, "DRILL-18V": 150 }

/**
 * Creates the category tree Hardware > Fasteners > Screws and three published
 * products priced in `currencies`, in the sales channel, without inventory
 * management (carts need no stock).
 */
export async function seedCatalog(
  container: MedusaContainer,
  {
    salesChannelId,
    currencies = ["eur"],
    shippingProfileId,
  }: { salesChannelId: string; currencies?: string[]; shippingProfileId?: string }
): Promise<SeededCatalog> {
  const createCategory = async (name: string, parent_category_id: string | null) => {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: [
          { name, handle: name.toLowerCase(), is_active: true, is_internal: false, parent_category_id },
        ],
      },
    })
    return result[0].id
  }
  const hardwareId = await createCategory("Hardware", null)
  const fastenersId = await createCategory("Fasteners", hardwareId)
  const screwsId = await createCategory("Screws", fastenersId)

  const variant = (sku: keyof typeof PRICES, option: Record<string, string>) => ({
    title: Object.values(option).join(" / "),
    sku,
    options: option,
    manage_inventory: false,
    prices: currencies.map((currency_code) => ({ currency_code, amount: PRICES[sku] })),
  })
  const common = {
    status: ProductStatus.PUBLISHED,
    sales_channels: [{ id: salesChannelId }],
    ...(shippingProfileId ? { shipping_profile_id: shippingProfileId } : {}),
  }

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          ...common,
          title: "Stainless screw M4",
          handle: "stainless-screw-m4",
          category_ids: [screwsId],
          options: [{ title: "Length", values: ["20 mm", "30 mm"] }],
          variants: [
            variant("SCREW-M4-20", { Length: "20 mm" }),
            variant("SCREW-M4-30", { Length: "30 mm" }),
          ],
        },
        {
          ...common,
          title: "Hex bolt M8",
          handle: "hex-bolt-m8",
          category_ids: [fastenersId],
          options: [{ title: "Size", values: ["M8"] }],
          variants: [variant("BOLT-M8", { Size: "M8" })],
        },
        {
          ...common,
          title: "Cordless drill 18V",
          handle: "cordless-drill-18v",
          category_ids: [hardwareId],
          options: [{ title: "Model", values: ["Standard"] }],
          variants: [variant("DRILL-18V", { Model: "Standard" })],
        },
      ],
    },
  })

  const byHandle = (handle: string) => {
    const product = result.find((p) => p.handle === handle)!
    const bySku = (sku: keyof typeof PRICES): SeededVariant => ({
      id: product.variants.find((v) => v.sku === sku)!.id,
      sku,
      price: PRICES[sku],
    })
    return { id: product.id, bySku }
  }
  const screw = byHandle("stainless-screw-m4")
  const bolt = byHandle("hex-bolt-m8")
  const drill = byHandle("cordless-drill-18v")

  return {
    categories: { hardwareId, fastenersId, screwsId },
    products: {
      screw: { id: screw.id, variants: { m4x20: screw.bySku("SCREW-M4-20"), m4x30: screw.bySku("SCREW-M4-30") } },
      bolt: { id: bolt.id, variants: { m8: bolt.bySku("BOLT-M8") } },
      drill: { id: drill.id, variants: { standard: drill.bySku("DRILL-18V") } },
    },
  }
}
