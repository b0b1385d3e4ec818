import type {
  AgreementStatus,
  CommitmentInput,
  CommitmentType,
  ConfirmationStatus,
  LedgerEntryKind,
} from "../../domain/types"

export type { AgreementStatus, CommitmentInput, CommitmentType, ConfirmationStatus, LedgerEntryKind }

/** Shipping address copied to linked carts/orders (Medusa address fields). */
export interface AgreementAddress {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
}

/** Header fields an admin can set. */
export interface SalesAgreementHeaderInput {
  number?: string
  title?: string | null
  customer_id: string
  currency_code: string
  effective_date: Date | string
  expiration_date: Date | string
  payment_terms?: string | null
  delivery_terms?: string | null
  shipping_address?: AgreementAddress | null
  dimensions?: Record<string, string> | null
  auto_apply?: boolean
  metadata?: Record<string, unknown> | null
}

export interface ModuleSalesAgreementLine extends Omit<CommitmentInput, "quantity" | "amount" | "unit_price" | "price_unit" | "discount_percent" | "discount_amount" | "min_release_amount" | "max_release_amount"> {
  id: string
  sales_agreement_id: string
  line_number: number
  quantity: string | null
  amount: string | null
  unit_price: string | null
  price_unit: string | null
  discount_percent: string | null
  discount_amount: string | null
  min_release_amount: string | null
  max_release_amount: string | null
  max_enforced: boolean
  price_fixed: boolean
  dimensions: Record<string, string> | null
  metadata: Record<string, unknown> | null
}

export interface ModuleSalesAgreement extends Omit<SalesAgreementHeaderInput, "number"> {
  id: string
  number: string
  status: AgreementStatus
  confirmation_status: ConfirmationStatus
  current_version: number
  lines?: ModuleSalesAgreementLine[]
  created_at: Date | string
  updated_at: Date | string
}
