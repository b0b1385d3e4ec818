import BigNumber from "bignumber.js"

/** Placeholder shown for an empty value. */
export const EMPTY_VALUE = "—"

// Passed explicitly so a global BigNumber.config() elsewhere cannot change the output.
const DECIMAL_FORMAT: BigNumber.Format = {
  prefix: "",
  decimalSeparator: ".",
  groupSeparator: ",",
  groupSize: 3,
  secondaryGroupSize: 0,
  fractionGroupSeparator: "",
  fractionGroupSize: 0,
  suffix: "",
}

/**
 * Reads a decimal as it travels in snapshots: a string, a number, or a
 * Medusa raw big number (`{ value: "8.5", precision: 20 }`). Returns `null`
 * for empty input and for anything that is not a finite decimal.
 */
export function toBigNumber(value: unknown): BigNumber | null {
  let raw: unknown = value
  if (raw !== null && typeof raw === "object" && "value" in raw) {
    raw = (raw as { value: unknown }).value
  }
  if (typeof raw === "number") {
    raw = Number.isFinite(raw) ? String(raw) : null
  }
  if (typeof raw !== "string" || raw.trim() === "") {
    return null
  }
  const bn = new BigNumber(raw.trim())
  return bn.isFinite() ? bn : null
}

/** Whether a decimal input is present (not null, not empty). */
export function hasDecimal(value: unknown): boolean {
  if (value === null || value === undefined) {
    return false
  }
  return !(typeof value === "string" && value.trim() === "")
}

/**
 * Formats a decimal with thousands separators and at least `minDecimals`
 * decimals, keeping every decimal the value has (never rounds). Unparseable
 * input is returned as given.
 *
 * @example formatDecimal("8.5") // "8.50"; formatDecimal("1234567.891") // "1,234,567.891"
 */
export function formatDecimal(value: unknown, minDecimals = 2): string {
  const bn = toBigNumber(value)
  if (!bn) {
    return value === null || value === undefined ? "" : String(value)
  }
  const decimals = Math.max(minDecimals, bn.decimalPlaces() ?? 0)
  return bn.toFormat(decimals, BigNumber.ROUND_HALF_UP, DECIMAL_FORMAT)
}

/** An amount with its currency, e.g. `1,250.00 EUR`. */
export function formatMoney(value: unknown, currencyCode: string): string {
  const amount = formatDecimal(value, 2)
  return currencyCode ? `${amount} ${currencyCode}` : amount
}

/** A quantity without forced decimals, e.g. `1,000` or `2.5`. */
export function formatQuantity(value: unknown): string {
  return formatDecimal(value, 0)
}

/** A percentage, e.g. `5 %`. */
export function formatPercent(value: unknown): string {
  return `${formatDecimal(value, 0)} %`
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

function toDate(value: unknown): Date | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value
  }
  if (typeof value === "string" || typeof value === "number") {
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? null : date
  }
  return null
}

/** A calendar date `YYYY-MM-DD` (UTC); unparseable strings are returned as given. */
export function formatDate(value: unknown): string | null {
  if (value === null || value === undefined || value === "") {
    return null
  }
  if (typeof value === "string" && DATE_ONLY.test(value.trim())) {
    return value.trim()
  }
  const date = toDate(value)
  if (!date) {
    return String(value)
  }
  return date.toISOString().slice(0, 10)
}

/** A timestamp `YYYY-MM-DD HH:MM UTC`; unparseable strings are returned as given. */
export function formatDateTime(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return ""
  }
  const date = toDate(value)
  if (!date) {
    return String(value)
  }
  const iso = date.toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

/** A validity period such as `2025-01-01 – 2025-12-31`, `from 2025-01-01` or `until 2025-12-31`. */
export function formatPeriod(from: string | null, to: string | null): string | null {
  if (from && to) {
    return `${from} – ${to}`
  }
  if (from) {
    return `from ${from}`
  }
  if (to) {
    return `until ${to}`
  }
  return null
}
