import { sameCartAddress } from "./cart-address"

/** Keys the plugin writes into cart / line item metadata (documented in the README). */
export const CartMetadataKey = {
  AGREEMENT_ID: "sales_agreement_id",
  AGREEMENT_NUMBER: "sales_agreement_number",
  REQUESTED_SHIP_DATE: "requested_ship_date",
  PAYMENT_TERMS: "payment_terms",
  DELIVERY_TERMS: "delivery_terms",
  DIMENSIONS: "dimensions",
  /** the customer unlinked the cart: auto-apply must not link it again */
  AUTO_APPLY_DISABLED: "sales_agreement_auto_apply_disabled",
} as const

export const LineMetadataKey = {
  AGREEMENT_ID: "sales_agreement_id",
  AGREEMENT_LINE_ID: "sales_agreement_line_id",
  TRADE_UNIT_PRICE: "trade_unit_price",
  /** the plugin set this line's price (custom price) while the cart was linked */
  PRICED: "sales_agreement_priced",
  UNLINKED_REASON: "sales_agreement_unlinked_reason",
  WARNINGS: "sales_agreement_warnings",
} as const

const LINE_KEYS: string[] = Object.values(LineMetadataKey)

/** Line metadata without any key the plugin manages. */
export function stripAgreementLineMetadata(metadata: Record<string, unknown> | null | undefined) {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(metadata ?? {})) {
    if (!LINE_KEYS.includes(k)) out[k] = v
  }
  return out
}

/**
 * Medusa merges metadata on update and deletes a key only when it is sent as
 * "" (utils mergeMetadata): the patch that turns `before` into `after`.
 */
export function metadataPatch(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown>
): Record<string, unknown> {
  const patch: Record<string, unknown> = { ...after }
  for (const key of Object.keys(before ?? {})) {
    if (!(key in after)) patch[key] = ""
  }
  return patch
}

/** The header keys linking writes into cart metadata (and unlinking removes). */
export const CART_HEADER_KEYS: string[] = [
  CartMetadataKey.AGREEMENT_ID,
  CartMetadataKey.AGREEMENT_NUMBER,
  CartMetadataKey.REQUESTED_SHIP_DATE,
  CartMetadataKey.PAYMENT_TERMS,
  CartMetadataKey.DELIVERY_TERMS,
  CartMetadataKey.DIMENSIONS,
]

type LinkableAgreement = {
  id: string
  number: string
  payment_terms: string | null
  delivery_terms: string | null
  dimensions: Record<string, string> | null
  shipping_address: object | null
}

export type LinkableCart = {
  metadata?: Record<string, unknown> | null
  shipping_address?: Record<string, unknown> | null
}

/**
 * What linking an agreement writes on a cart's header: the agreement and its
 * terms and dimensions into the metadata (a patch for Medusa's metadata merge),
 * and the agreement's shipping address when it has one and the cart's is not
 * already the same.
 */
export function linkedCartHeader(
  cart: LinkableCart,
  agreement: LinkableAgreement,
  requestedShipDate?: Date
): { metadata: Record<string, unknown>; shipping_address?: Record<string, unknown> } {
  const cartMetadata = cart.metadata
  const metadata: Record<string, unknown> = { ...(cartMetadata ?? {}) }
  delete metadata[CartMetadataKey.AUTO_APPLY_DISABLED]
  Object.assign(metadata, {
    [CartMetadataKey.AGREEMENT_ID]: agreement.id,
    [CartMetadataKey.AGREEMENT_NUMBER]: agreement.number,
    [CartMetadataKey.PAYMENT_TERMS]: agreement.payment_terms,
    [CartMetadataKey.DELIVERY_TERMS]: agreement.delivery_terms,
    [CartMetadataKey.DIMENSIONS]: agreement.dimensions,
  })
  if (requestedShipDate) {
    metadata[CartMetadataKey.REQUESTED_SHIP_DATE] = requestedShipDate.toISOString()
  }
  const address = agreement.shipping_address as Record<string, unknown> | null
  return {
    metadata: metadataPatch(cartMetadata, metadata),
    ...(address && Object.keys(address).length && !sameCartAddress(cart.shipping_address, address)
      ? { shipping_address: { ...address } }
      : {}),
  }
}
