import type BigNumber from "bignumber.js"
import type { CommitmentPriceTerms, DecimalInput } from "../types"
import { isMissing } from "../dates/parse-date"
import { DECIMAL_PLACES, InvalidDecimalError, ROUNDING_MODE, decimalToString, toDecimal } from "../money/decimal"

/** Input of computeAgreementUnitPrice. */
export interface ComputeAgreementUnitPriceInput {
  /** the commitment's price terms */
  terms: CommitmentPriceTerms
  /** what Medusa would charge without the plugin; null when unknown */
  trade_unit_price: DecimalInput | null | undefined
}

function orDefault(x: DecimalInput | null | undefined, fallback: number): BigNumber {
  return toDecimal(isMissing(x) ? fallback : x)
}

function atLeastZero(x: BigNumber): BigNumber {
  return x.isLessThan(0) ? toDecimal(0) : x
}

function finish(price: BigNumber): string {
  return decimalToString(price.decimalPlaces(DECIMAL_PLACES, ROUNDING_MODE))
}

/**
 * Contract unit price of a line linked to a commitment (SPEC §3), as a plain decimal string, never negative.
 * product_quantity with unit_price: (unit_price / price_unit − discount_amount) × (1 − discount_percent/100);
 * otherwise trade × (1 − discount_percent/100), or null when there is no trade price.
 */
export function computeAgreementUnitPrice({ terms, trade_unit_price }: ComputeAgreementUnitPriceInput): string | null {
  // Both factors are clamped so a discount over 100 % cannot turn a negative base positive.
  const keep = atLeastZero(toDecimal(1).minus(orDefault(terms.discount_percent, 0).shiftedBy(-2)))

  if (terms.commitment_type === "product_quantity" && !isMissing(terms.unit_price)) {
    const priceUnit = orDefault(terms.price_unit, 1)
    if (!priceUnit.isGreaterThan(0)) {
      throw new InvalidDecimalError(terms.price_unit, `"price_unit" must be greater than 0 (${terms.price_unit})`)
    }
    const perItem = atLeastZero(
      toDecimal(terms.unit_price).div(priceUnit).minus(orDefault(terms.discount_amount, 0))
    )
    return finish(perItem.times(keep))
  }

  if (isMissing(trade_unit_price)) {
    return null
  }
  return finish(atLeastZero(toDecimal(trade_unit_price)).times(keep))
}

/** Exact line amount: unit price × quantity, as a plain decimal string. */
export function computeLineAmount(unit_price: DecimalInput, quantity: DecimalInput): string {
  return decimalToString(toDecimal(unit_price).times(toDecimal(quantity)))
}
