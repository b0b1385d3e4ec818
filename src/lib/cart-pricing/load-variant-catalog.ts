import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SelectableItem } from "../../domain/types"
import { CartMetadataKey } from "./agreement-metadata"
import { mayAutoApply } from "./may-auto-apply"
import { hadAutoApplyAgreement } from "./auto-apply-hints"

export type VariantCatalogEntry = SelectableItem & { price_set_id: string | null }

/**
 * Variant → product, price set and the product's categories, with their
 * materialized paths, in one SQL statement (the pricing hot path: Query would
 * send four and join them in the app). It reads the Product module's tables and
 * the variant–price set link table, which share the app's database.
 */
const VARIANT_CATALOG_SQL = `
select v.id, v.product_id, vps.price_set_id,
  (select json_agg(json_build_array(c.id, c.mpath))
   from product_category_product pcp
   join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
   where pcp.product_id = v.product_id) as categories
from product_variant v
left join lateral (
  select l.price_set_id from product_variant_price_set l
  where l.variant_id = v.id and l.deleted_at is null
  order by l.created_at limit 1
) vps on true
where v.id = any(?) and v.deleted_at is null`

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
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = await pg.raw(VARIANT_CATALOG_SQL, [ids])
  for (const v of rows as { id: string; product_id: string; price_set_id: string | null; categories: [string, string | null][] | null }[]) {
    const categories = new Map<string, number>()
    for (const [id, mpath] of v.categories ?? []) {
      const path: string[] = (mpath ?? id).split(".").filter(Boolean)
      path.forEach((p, depth) => categories.set(p, Math.max(depth, categories.get(p) ?? -1)))
      categories.set(id, Math.max(path.length - 1, categories.get(id) ?? -1))
    }
    out.set(v.id, {
      variant_id: v.id,
      product_id: v.product_id,
      categories: [...categories].map(([id, depth]) => ({ id, depth })),
      price_set_id: v.price_set_id ?? null,
    })
  }
  return out
}

/**
 * Starts loading the variants of a cart that is linked already, so the read
 * runs alongside the agreement's; with `auto_apply`, also for a customer's
 * unlinked cart that auto-apply will likely link (this process's last lookup
 * for the customer found an agreement: the add-to-cart that links it needs
 * them right after the agreement read). Nothing for other carts — most never
 * need it. A failure surfaces where the result is awaited.
 */
export function prefetchVariantCatalog(
  scope: MedusaContainer,
  cart: { customer_id?: string | null; metadata?: Record<string, unknown> | null },
  variantIds: string[],
  options: { auto_apply?: boolean } = {}
): Promise<Map<string, VariantCatalogEntry>> | undefined {
  const linked = typeof cart.metadata?.[CartMetadataKey.AGREEMENT_ID] === "string"
  const likelyAutoApplied =
    options.auto_apply && !!cart.customer_id && hadAutoApplyAgreement(cart.customer_id) && mayAutoApply(scope, cart)
  if (!linked && !likelyAutoApplied) {
    return undefined
  }
  const pending = loadVariantCatalog(scope, variantIds)
  pending.catch(() => undefined)
  return pending
}
