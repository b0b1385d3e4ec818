import BigNumber from "bignumber.js"

/** Decimal fields of a commitment, returned as exact decimal strings by the API. */
export const LINE_DECIMAL_FIELDS = [
  "quantity",
  "amount",
  "unit_price",
  "price_unit",
  "discount_percent",
  "discount_amount",
  "min_release_amount",
  "max_release_amount",
] as const

/**
 * Replaces Medusa BigNumber columns (`x` + `raw_x`) by one exact decimal string
 * and drops the `raw_` twins, so API clients never see a binary float.
 */
export function normalizeDecimals<T extends Record<string, any>>(
  row: T,
  fields: readonly string[]
): T {
  const out: Record<string, any> = { ...row }
  for (const field of fields) {
    const raw = out[`raw_${field}`]
    delete out[`raw_${field}`]
    if (!(field in out) && raw === undefined) {
      continue
    }
    const value = raw?.value ?? out[field]
    out[field] = value === null || value === undefined ? null : decimalString(value)
  }
  return out as T
}

/** Plain-notation decimal string of a number, string or BigNumber-like value. */
export function decimalString(value: unknown): string {
  const v = (value as any)?.numeric !== undefined ? (value as any).raw?.value ?? (value as any).numeric : value
  return new BigNumber(String(v)).toFixed()
}
