import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The cart fields Medusa's own price calculation puts in the pricing context
 * (core-flows fieldsForPricingContext), minus the computed totals: computing
 * them costs a totals calculation per request and no price rule here uses them.
 */
export const CART_PRICING_CONTEXT_FIELDS = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "locale",
  "customer.id",
  "email",
  "customer.groups.id",
]

const CART_FIELDS = [
  ...CART_PRICING_CONTEXT_FIELDS,
  // the whole address, so linking does not rewrite one that is already the agreement's
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.company",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.phone",
  "customer_id",
  "metadata",
  "completed_at",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.unit_price",
  "items.is_custom_price",
  "items.metadata",
  "items.created_at",
]

export type PricingCartItem = {
  id: string
  variant_id: string | null
  product_id: string | null
  quantity: number
  unit_price: number
  is_custom_price: boolean
  metadata: Record<string, unknown> | null
  created_at?: string | Date
}

export type PricingCart = {
  id: string
  customer_id: string | null
  currency_code: string
  region_id: string | null
  metadata: Record<string, unknown> | null
  completed_at: string | Date | null
  items: PricingCartItem[]
  [key: string]: unknown
}

/** Reads the cart with what agreement pricing needs (one query); 404 when absent. */
export async function loadPricingCart(scope: MedusaContainer, cartId: string): Promise<PricingCart> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  const cart = data[0] as any
  cart.items = [...(cart.items ?? [])].sort(
    (a: any, b: any) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()
  )
  return cart
}
