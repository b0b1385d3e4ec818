/**
 * Which customers' latest auto-apply lookup in this process found an agreement
 * to link. The first add-to-cart of such a customer's empty cart starts its
 * trade price calculation alongside the lookup instead of after it.
 *
 * Only ever a hint: the lookup alone decides what is linked. A stale entry
 * costs one price calculation nobody uses; a missing one (another process, an
 * agreement confirmed since) costs the time the hint saves. Bounded: the
 * oldest entries go first, and an entry is forgotten after `HINT_TTL_MS`.
 */
const MAX_HINTS = 10_000
const HINT_TTL_MS = 15 * 60_000
const hints = new Map<string, number>()

/** Records what a customer's auto-apply lookup found. */
export function noteAutoApplyLookup(customerId: string, found: boolean, now = Date.now()): void {
  hints.delete(customerId)
  if (!found) return
  hints.set(customerId, now)
  if (hints.size > MAX_HINTS) {
    hints.delete(hints.keys().next().value!)
  }
}

/** True when the customer's latest lookup here, not too long ago, found an agreement. */
export function hadAutoApplyAgreement(customerId: string, now = Date.now()): boolean {
  const at = hints.get(customerId)
  return at !== undefined && now - at < HINT_TTL_MS
}

/** For tests: forget every hint. */
export function clearAutoApplyHints(): void {
  hints.clear()
}
