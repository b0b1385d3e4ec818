import type { LedgerEntryKind } from "../../domain/types"

/** One movement to append to the fulfillment ledger. */
export interface LedgerEntryInput {
  sales_agreement_id: string
  sales_agreement_line_id: string
  kind: LedgerEntryKind
  quantity: string
  amount: string
  currency_code: string
  /** unique: the same movement recorded twice is written once */
  idempotency_key: string
  cart_id?: string | null
  cart_line_item_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  return_id?: string | null
  metadata?: Record<string, unknown> | null
}

export interface RecordLedgerEntriesResult {
  /** ids of the entries written now (movements already recorded are skipped) */
  inserted_ids: string[]
  skipped_keys: string[]
}
