/**
 * Framework-free types shared by the pure domain functions. Decimals travel as
 * strings (or numbers from JSON input) and are handled with bignumber.js, the
 * library behind Medusa's BigNumber/MathBN.
 */
export type DecimalInput = string | number

export const COMMITMENT_TYPES = [
  "product_quantity",
  "product_value",
  "product_category_value",
  "value",
] as const
export type CommitmentType = (typeof COMMITMENT_TYPES)[number]

export const AGREEMENT_STATUSES = ["draft", "effective", "on_hold", "closed"] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const CONFIRMATION_STATUSES = ["unconfirmed", "confirmed", "modified"] as const
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number]

export const LEDGER_ENTRY_KINDS = ["ordered", "reversed", "returned"] as const
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number]

/** The fields of a commitment (agreement line) as admins send them. */
export interface CommitmentInput {
  commitment_type: CommitmentType
  product_variant_id?: string | null
  product_id?: string | null
  product_category_id?: string | null
  quantity?: DecimalInput | null
  unit_label?: string | null
  amount?: DecimalInput | null
  unit_price?: DecimalInput | null
  price_unit?: DecimalInput | null
  discount_percent?: DecimalInput | null
  discount_amount?: DecimalInput | null
  effective_date?: Date | string | null
  expiration_date?: Date | string | null
  max_enforced?: boolean
  price_fixed?: boolean
  min_release_amount?: DecimalInput | null
  max_release_amount?: DecimalInput | null
}

/** The validity window of the agreement header a commitment must fit in. */
export interface ValidityWindow {
  effective_date: Date | string
  expiration_date: Date | string
}

/** One problem with one input field; `field` is the JSON path, e.g. `lines.2.amount`. */
export interface FieldError {
  field: string
  message: string
}

/** The price terms of a commitment, as the price formula needs them. */
export interface CommitmentPriceTerms {
  commitment_type: CommitmentType
  unit_price?: DecimalInput | null
  price_unit?: DecimalInput | null
  discount_percent?: DecimalInput | null
  discount_amount?: DecimalInput | null
}

/** A commitment as the selection rule sees it. */
export interface CommitmentCandidate {
  id: string
  line_number: number
  commitment_type: CommitmentType
  product_variant_id?: string | null
  product_id?: string | null
  product_category_id?: string | null
  /** the line's own validity; falls back to the header's when absent */
  effective_date?: Date | string | null
  expiration_date?: Date | string | null
}

/** What the selection rule knows about a cart/order line. */
export interface SelectableItem {
  variant_id: string
  product_id: string
  /**
   * Every category the product belongs to, with all their ancestors; depth 0 is a
   * root category. A category-value commitment on category C accepts products of C
   * and of C's descendants.
   */
  categories: { id: string; depth: number }[]
}

/** An immutable confirmation snapshot (one version). */
export interface AgreementSnapshot {
  version: number
  confirmed_at: string
  header: Record<string, unknown>
  lines: (Record<string, unknown> & { id: string; line_number: number })[]
  policies?: Record<string, unknown>[]
}

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

export interface SnapshotDiff {
  from_version: number
  to_version: number
  header: FieldChange[]
  lines: {
    added: AgreementSnapshot["lines"]
    removed: AgreementSnapshot["lines"]
    changed: { id: string; line_number: number; changes: FieldChange[] }[]
  }
  policies: FieldChange[]
}

/** How an agreement reads to users: its stored status, or "expired" once an effective one is past expiration. */
export type AgreementReadStatus = AgreementStatus | "expired"
