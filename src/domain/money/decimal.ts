import BigNumber from "bignumber.js"
import type { DecimalInput } from "../types"

/** Decimal places kept by divisions, as Medusa's BigNumber precision. */
export const DECIMAL_PLACES = 20

/** Rounding used by every division: half away from zero. */
export const ROUNDING_MODE = BigNumber.ROUND_HALF_UP

// A private clone so a global BigNumber.config() elsewhere cannot change our rounding.
const Decimal = BigNumber.clone({
  DECIMAL_PLACES,
  ROUNDING_MODE,
  EXPONENTIAL_AT: [-1e9, 1e9],
})

const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** Thrown when a value cannot be read as a finite decimal. */
export class InvalidDecimalError extends Error {
  readonly code = "INVALID_DECIMAL"

  constructor(readonly value: unknown, message = `Not a finite decimal (${String(value)})`) {
    super(message)
    this.name = "InvalidDecimalError"
  }
}

/** True for finite numbers, finite BigNumbers and plain decimal strings ("12", "-0.5", "1e3"). */
export function isDecimalLike(x: unknown): x is DecimalInput | BigNumber {
  if (typeof x === "number") {
    return Number.isFinite(x)
  }
  if (typeof x === "string") {
    return DECIMAL_PATTERN.test(x.trim())
  }
  return BigNumber.isBigNumber(x) && (x as BigNumber).isFinite()
}

/**
 * Reads a number, decimal string or BigNumber as a BigNumber using the domain's rounding.
 * Throws InvalidDecimalError on NaN, Infinity, hex/binary strings and anything else.
 */
export function toDecimal(x: DecimalInput | BigNumber): BigNumber {
  if (!isDecimalLike(x)) {
    throw new InvalidDecimalError(x)
  }
  return new Decimal(typeof x === "string" ? x.trim() : x)
}

/** Plain notation, never an exponent, no trailing zeros; negative zero reads "0". */
export function decimalToString(b: DecimalInput | BigNumber): string {
  const d = toDecimal(b)
  return d.isZero() ? "0" : d.toFixed()
}
