import type { AgreementStatus, CommitmentType } from "../../domain/types"
import type { AgreementAddress } from "./module"

/** A commitment with its fulfillment balance (decimal strings). */
export interface CommitmentWithBalance {
  id: string
  line_number: number
  commitment_type: CommitmentType
  product_variant_id: string | null
  product_id: string | null
  product_category_id: string | null
  quantity: string | null
  unit_label: string | null
  amount: string | null
  unit_price: string | null
  price_unit: string | null
  discount_percent: string | null
  discount_amount: string | null
  effective_date: Date | null
  expiration_date: Date | null
  max_enforced: boolean
  price_fixed: boolean
  min_release_amount: string | null
  max_release_amount: string | null
  /** net of reversals */
  ordered_quantity: string
  ordered_amount: string
  returned_quantity: string
  returned_amount: string
}

/** An agreement header with its live commitments and their balances. */
export interface AgreementWithBalances {
  id: string
  number: string
  title: string | null
  customer_id: string
  currency_code: string
  status: AgreementStatus
  effective_date: Date
  expiration_date: Date
  auto_apply: boolean
  payment_terms: string | null
  delivery_terms: string | null
  shipping_address: AgreementAddress | null
  dimensions: Record<string, string> | null
  /** admin rules as stored (global first, then the agreement's), validated again before use */
  policy_rules: unknown[]
  lines: CommitmentWithBalance[]
}
