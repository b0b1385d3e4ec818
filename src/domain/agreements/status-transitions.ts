import type { AgreementReadStatus, AgreementStatus } from "../types"
import { type DateInput, toTimestamp } from "../dates/parse-date"

/** The status machine of an agreement header: draft → effective ⇄ on_hold → closed. */
export const ALLOWED_STATUS_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = Object.freeze({
  draft: Object.freeze(["effective"] as const),
  effective: Object.freeze(["on_hold", "closed"] as const),
  on_hold: Object.freeze(["effective", "closed"] as const),
  closed: Object.freeze([] as const),
})

/** The statuses an agreement in `from` may move to; empty for closed or unknown statuses. */
export function allowedNextStatuses(from: AgreementStatus): readonly AgreementStatus[] {
  return Object.prototype.hasOwnProperty.call(ALLOWED_STATUS_TRANSITIONS, from) ? ALLOWED_STATUS_TRANSITIONS[from] : []
}

/** True when an agreement may move from `from` to `to`. */
export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return allowedNextStatuses(from).includes(to)
}

/** The status users see: "expired" for an effective agreement strictly past its expiration date. */
export function readStatus(
  agreement: { status: AgreementStatus; expiration_date?: DateInput | null },
  now: Date
): AgreementReadStatus {
  const expiration = toTimestamp(agreement.expiration_date)
  if (agreement.status === "effective" && now.getTime() > expiration) {
    return "expired"
  }
  return agreement.status
}

/**
 * True when the agreement applies at `date`: status effective and effective_date <= date <= expiration_date.
 * Missing or unparseable dates make it not applicable.
 */
export function isAgreementApplicable(
  agreement: { status: AgreementStatus; effective_date: DateInput | null; expiration_date: DateInput | null },
  date: Date
): boolean {
  if (agreement.status !== "effective") {
    return false
  }
  const at = date.getTime()
  return toTimestamp(agreement.effective_date) <= at && at <= toTimestamp(agreement.expiration_date)
}
