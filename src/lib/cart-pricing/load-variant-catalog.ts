import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SelectableItem } from "../../domain/types"
import { CartMetadataKey } from "./agreement-metadata"

export type VariantCatalogEntry = SelectableItem & { price_set_id: string | null }

/**
 * Variant → product, categories with all their ancestors (from the categories'
 * materialized path, no extra query per level) and price set, in one query.
 */
export async function loadVariantCatalog(
  scope: MedusaContainer,
  variantIds: string[]
): Promise<Map<string, VariantCatalogEntry>> {
  const out = new Map<string, VariantCatalogEntry>()
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) {
    return out
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "product_id", "price_set.id", "product.categories.id", "product.categories.mpath"],
    filters: { id: ids },
  })
  for (const v of data as any[]) {
    const categories = new Map<string, number>()
    for (const c of v.product?.categories ?? []) {
      const path: string[] = (c.mpath ?? c.id).split(".").filter(Boolean)
      path.forEach((id, depth) => categories.set(id, Math.max(depth, categories.get(id) ?? -1)))
      categories.set(c.id, Math.max(path.length - 1, categories.get(c.id) ?? -1))
    }
    out.set(v.id, {
      variant_id: v.id,
      product_id: v.product_id,
      categories: [...categories].map(([id, depth]) => ({ id, depth })),
      price_set_id: v.price_set?.id ?? null,
    })
  }
  return out
}

/**
 * Starts loading the variants of a cart that is linked already, so the read
 * runs alongside the agreement's; nothing for carts that are not (most of them
 * never need it). A failure surfaces where the result is awaited.
 */
export function prefetchVariantCatalog(
  scope: MedusaContainer,
  cart: { metadata?: Record<string, unknown> | null },
  variantIds: string[]
): Promise<Map<string, VariantCatalogEntry>> | undefined {
  if (typeof cart.metadata?.[CartMetadataKey.AGREEMENT_ID] !== "string") {
    return undefined
  }
  const pending = loadVariantCatalog(scope, variantIds)
  pending.catch(() => undefined)
  return pending
}
