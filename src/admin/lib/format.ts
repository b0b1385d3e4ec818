import type {
  AgreementReadStatus,
  AgreementStatus,
  CommitmentType,
  ConfirmationStatus,
} from "../types/sales-agreements"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const STATUS_LABELS: Record<AgreementReadStatus, string> = {
  draft: "Draft",
  effective: "Effective",
  on_hold: "On hold",
  closed: "Closed",
  expired: "Expired",
}

export const STATUS_COLORS: Record<AgreementReadStatus, BadgeColor> = {
  draft: "grey",
  effective: "green",
  on_hold: "orange",
  closed: "red",
  expired: "purple",
}

/** Verb shown on the button that moves an agreement to `to`, depending on where it comes from. */
export const statusActionLabel = (from: AgreementStatus, to: AgreementStatus): string => {
  if (to === "effective") {
    return from === "on_hold" ? "Resume" : "Activate"
  }
  return to === "on_hold" ? "Put on hold" : to === "closed" ? "Close" : STATUS_LABELS[to]
}

export const CONFIRMATION_LABELS: Record<ConfirmationStatus, string> = {
  unconfirmed: "Unconfirmed",
  confirmed: "Confirmed",
  modified: "Modified since confirmation",
}

export const CONFIRMATION_COLORS: Record<ConfirmationStatus, BadgeColor> = {
  unconfirmed: "grey",
  confirmed: "green",
  modified: "orange",
}

export const COMMITMENT_TYPE_LABELS: Record<CommitmentType, string> = {
  product_quantity: "Product quantity",
  product_value: "Product value",
  product_category_value: "Category value",
  value: "Value",
}

/**
 * A calendar date as the agreement stores it. Shown in UTC: a date-only expiration is stored as
 * 23:59:59.999Z that day and must not roll over into the next day in eastern time zones.
 */
export const formatDate = (value?: string | null): string => {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" })
}

export const formatDateTime = (value?: string | null): string => {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString()
}

/** "YYYY-MM-DD" for a date input, from a stored ISO timestamp (UTC calendar day). */
export const toDateInputValue = (value?: string | null): string => (value ? value.slice(0, 10) : "")

/** Shows a decimal string as the API sent it (exact), with the currency when it is money. */
export const formatDecimal = (value?: string | null, currency?: string): string => {
  if (value === null || value === undefined || value === "") {
    return "-"
  }
  return currency ? `${value} ${currency.toUpperCase()}` : value
}
