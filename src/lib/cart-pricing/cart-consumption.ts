import { computeLineAmount } from "../../domain/pricing/compute-agreement-price"
import { toDecimal } from "../../domain/money/decimal"
import { decimalString } from "../../utils/decimals"
import { LineMetadataKey } from "./agreement-metadata"
import type { PricingCartItem } from "./load-pricing-cart"

/**
 * What the cart's linked lines (except `excludeItemId`) take from each
 * commitment, read from their metadata and prices: no repricing needed.
 */
export function cartConsumption(
  items: PricingCartItem[],
  excludeItemIds: string[] = []
): Record<string, { quantity: string; amount: string }> {
  const out: Record<string, { quantity: string; amount: string }> = {}
  for (const item of items) {
    const commitmentId = item.metadata?.[LineMetadataKey.AGREEMENT_LINE_ID]
    if (typeof commitmentId !== "string" || excludeItemIds.includes(item.id)) continue
    const prev = out[commitmentId] ?? { quantity: "0", amount: "0" }
    out[commitmentId] = {
      quantity: toDecimal(prev.quantity).plus(decimalString(item.quantity)).toFixed(),
      amount: toDecimal(prev.amount)
        .plus(computeLineAmount(decimalString(item.unit_price), decimalString(item.quantity)))
        .toFixed(),
    }
  }
  return out
}
