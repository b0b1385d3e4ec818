/** A date as the domain accepts it: a Date or an ISO-8601 string. */
export type DateInput = Date | string

/** Milliseconds since epoch for a Date or date string; NaN when missing or unparseable. */
export function toTimestamp(x: unknown): number {
  if (x instanceof Date) {
    return x.getTime()
  }
  if (typeof x === "string" && x.trim() !== "") {
    return Date.parse(x)
  }
  return NaN
}

/** True when the value is null or undefined. */
export function isMissing(x: unknown): x is null | undefined {
  return x === null || x === undefined
}
