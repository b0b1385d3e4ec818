import { computeFulfillment, FulfillmentInput } from "../ledger/compute-fulfillment"
import { toDecimal } from "../money/decimal"

export interface LifecycleAgreement {
  id: string
  number: string
  customer_id: string
  status: string
  expiration_date: Date | string
  lines: (FulfillmentInput & { id: string; line_number: number })[]
}

export interface LifecycleEvent {
  /** unique: the event fires once */
  key: string
  event_name: "sales_agreement.expired" | "sales_agreement.expiring" | "sales_agreement.threshold_reached"
  data: Record<string, unknown>
}

export interface LifecycleOptions {
  now: Date
  /** fulfillment percentages that raise `threshold_reached` (default 80 and 100) */
  threshold_percentages?: number[]
  /** days ahead of expiration that raise `expiring` (default 30) */
  expiring_days?: number
}

const DAY = 24 * 3600 * 1000

/**
 * The lifecycle events due for effective agreements: expired, expiring within
 * N days, and each commitment crossing a fulfillment threshold. Pure; the
 * caller claims the keys so each event fires once.
 */
export function computeLifecycleEvents(agreements: LifecycleAgreement[], options: LifecycleOptions): LifecycleEvent[] {
  const thresholds = [...new Set(options.threshold_percentages ?? [80, 100])].sort((a, b) => a - b)
  const days = options.expiring_days ?? 30
  const now = options.now.getTime()
  const events: LifecycleEvent[] = []
  for (const a of agreements) {
    if (a.status !== "effective") continue
    const expiration = new Date(a.expiration_date).getTime()
    const base = { id: a.id, number: a.number, customer_id: a.customer_id }
    if (expiration < now) {
      events.push({ key: `expired:${a.id}:${expiration}`, event_name: "sales_agreement.expired", data: { ...base, expiration_date: new Date(expiration).toISOString() } })
      continue
    }
    if (expiration - now <= days * DAY) {
      events.push({
        key: `expiring:${a.id}:${expiration}:${days}`,
        event_name: "sales_agreement.expiring",
        data: { ...base, expiration_date: new Date(expiration).toISOString(), days_left: Math.ceil((expiration - now) / DAY) },
      })
    }
    for (const line of a.lines) {
      const f = computeFulfillment(line)
      if (f.percent_fulfilled === null) continue
      for (const t of thresholds) {
        if (toDecimal(f.percent_fulfilled).gte(t)) {
          events.push({
            key: `threshold:${line.id}:${t}`,
            event_name: "sales_agreement.threshold_reached",
            data: { ...base, line_id: line.id, line_number: line.line_number, threshold: t, percent_fulfilled: f.percent_fulfilled, unit: f.unit, remaining: f.remaining },
          })
        }
      }
    }
  }
  return events
}
