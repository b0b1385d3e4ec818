import type { LinePricing } from "../../domain/pricing/price-cart-lines"
import { LineMetadataKey, stripAgreementLineMetadata } from "./agreement-metadata"

/**
 * A line's metadata after pricing: the storefront reads the agreement, the
 * commitment and the trade price ("contract price, was X") of a linked line,
 * or why it is not linked, plus any policy warnings.
 */
export function agreementLineMetadata(
  base: Record<string, unknown> | null | undefined,
  pricing: LinePricing
): Record<string, unknown> {
  const out = stripAgreementLineMetadata(base)
  if (pricing.linked) {
    out[LineMetadataKey.AGREEMENT_ID] = pricing.sales_agreement_id
    out[LineMetadataKey.AGREEMENT_LINE_ID] = pricing.sales_agreement_line_id
    out[LineMetadataKey.TRADE_UNIT_PRICE] = pricing.trade_unit_price
    out[LineMetadataKey.PRICED] = true
  } else if (pricing.reasons.length) {
    const [first] = pricing.reasons
    out[LineMetadataKey.UNLINKED_REASON] = { code: first.code, message: first.message }
  }
  if (pricing.warnings.length) {
    out[LineMetadataKey.WARNINGS] = pricing.warnings.map((w) => ({ code: w.code, message: w.message }))
  }
  return out
}
