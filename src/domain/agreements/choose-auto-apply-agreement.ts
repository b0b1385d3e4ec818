import { toDecimal } from "../money/decimal"
import type { DecimalInput } from "../types"

export type AutoApplyCandidate = {
  id: string
  expiration_date: Date | string
  /** what the cart would cost under this agreement */
  cart_total: DecimalInput
}

/**
 * The default auto-apply selection policy: the agreement giving the lowest
 * cart total; ties by the earliest expiration, then the id (deterministic).
 */
export function chooseAutoApplyAgreement<T extends AutoApplyCandidate>(candidates: T[]): T | null {
  let best: T | null = null
  for (const c of candidates) {
    if (!best) {
      best = c
      continue
    }
    const cmp = toDecimal(c.cart_total).comparedTo(toDecimal(best.cart_total)) ?? 0
    const exp = new Date(c.expiration_date).getTime() - new Date(best.expiration_date).getTime()
    if (cmp < 0 || (cmp === 0 && (exp < 0 || (exp === 0 && c.id < best.id)))) {
      best = c
    }
  }
  return best
}
