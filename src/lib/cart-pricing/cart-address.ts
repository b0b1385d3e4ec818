type Address = Record<string, unknown> | null | undefined

/** The fields of a Medusa cart address (what writing one replaces). */
export const CART_ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "country_code",
  "province",
  "postal_code",
  "phone",
] as const

/**
 * The shipping address fields Medusa puts in a cart's pricing context
 * (core-flows `fieldsForPricingContext`): no price rule can see the others.
 */
export const PRICING_ADDRESS_FIELDS = ["city", "country_code", "province", "postal_code"] as const

const absent = (v: unknown) => v === null || v === undefined || v === ""

/** True when both addresses hold the same value in each of `fields` (absent = null, undefined or ""; no address = all absent). */
export function sameAddressFields(a: Address, b: Address, fields: readonly string[]): boolean {
  return fields.every((f) => (absent(a?.[f]) && absent(b?.[f])) || a?.[f] === b?.[f])
}

/**
 * True when writing `next` as a cart's address would change nothing: the cart
 * has an address, every address field is equal, and there is no metadata to add.
 */
export function sameCartAddress(current: Address, next: Address): boolean {
  if (!current || !next) return false
  if (next.metadata && typeof next.metadata === "object" && Object.keys(next.metadata).length) return false
  return sameAddressFields(current, next, CART_ADDRESS_FIELDS)
}

/** True when two addresses give the same trade prices (the same pricing fields). */
export function samePricingAddress(a: Address, b: Address): boolean {
  return sameAddressFields(a, b, PRICING_ADDRESS_FIELDS)
}

/** The part of an address a price can depend on; absent fields left out. */
export function pricingAddress(address: Address): Record<string, unknown> | undefined {
  if (!address) return undefined
  const out: Record<string, unknown> = {}
  for (const field of PRICING_ADDRESS_FIELDS) {
    if (!absent(address[field])) out[field] = address[field]
  }
  return out
}
