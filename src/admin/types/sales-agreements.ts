import type {
  AgreementReadStatus,
  AgreementStatus,
  CommitmentType,
  ConfirmationStatus,
  SnapshotDiff,
} from "../../domain/types"

export type { AgreementReadStatus, AgreementStatus, CommitmentType, ConfirmationStatus }

/** Decimals travel as exact strings in API responses. */
export type Decimal = string | null

export interface AdminSalesAgreementLine {
  id: string
  line_number: number
  commitment_type: CommitmentType
  product_variant_id: string | null
  product_id: string | null
  product_category_id: string | null
  quantity: Decimal
  unit_label: string | null
  amount: Decimal
  unit_price: Decimal
  price_unit: Decimal
  discount_percent: Decimal
  discount_amount: Decimal
  effective_date: string | null
  expiration_date: string | null
  max_enforced: boolean
  price_fixed: boolean
  min_release_amount: Decimal
  max_release_amount: Decimal
  dimensions: Record<string, string> | null
}

export interface AdminSalesAgreement {
  id: string
  number: string
  title: string | null
  customer_id: string
  currency_code: string
  effective_date: string
  expiration_date: string
  status: AgreementStatus
  /** "expired" for an effective agreement past its expiration date */
  display_status?: AgreementReadStatus
  payment_terms: string | null
  delivery_terms: string | null
  dimensions: Record<string, string> | null
  auto_apply: boolean
  confirmation_status: ConfirmationStatus
  current_version: number | null
  created_at: string
  updated_at: string
  lines?: AdminSalesAgreementLine[]
}

export interface AdminSalesAgreementVersion {
  id: string
  sales_agreement_id: string
  version: number
  confirmed_at: string
  confirmed_by: string | null
}

export interface AdminSalesAgreementListParams {
  limit?: number
  offset?: number
  q?: string
  status?: AgreementStatus
  customer_id?: string
  fields?: string
}

export interface AdminSalesAgreementListResponse {
  sales_agreements: AdminSalesAgreement[]
  count: number
  offset: number
  limit: number
}

export interface AdminSalesAgreementResponse {
  sales_agreement: AdminSalesAgreement
}

export interface AdminSalesAgreementVersionsResponse {
  versions: AdminSalesAgreementVersion[]
  count: number
  current_version: number | null
  confirmation_status: ConfirmationStatus
}

export interface AdminSalesAgreementVersionResponse {
  version: AdminSalesAgreementVersion & { snapshot: unknown }
  diff?: SnapshotDiff
}

export interface AdminConfirmSalesAgreementResponse {
  version: AdminSalesAgreementVersion & { snapshot: unknown }
}

export interface AdminCreateSalesAgreementLinePayload {
  commitment_type: CommitmentType
  product_variant_id?: string
  product_id?: string
  product_category_id?: string
  quantity?: string
  unit_label?: string
  amount?: string
  unit_price?: string
  price_unit?: string
  discount_percent?: string
  discount_amount?: string
  effective_date?: string
  expiration_date?: string
  max_enforced?: boolean
  price_fixed?: boolean
  min_release_amount?: string
  max_release_amount?: string
}

export interface AdminSalesAgreementHeaderPayload {
  title?: string | null
  customer_id?: string
  currency_code?: string
  effective_date?: string
  expiration_date?: string
  payment_terms?: string | null
  delivery_terms?: string | null
  auto_apply?: boolean
}

export interface AdminCreateSalesAgreementPayload extends AdminSalesAgreementHeaderPayload {
  customer_id: string
  currency_code: string
  effective_date: string
  expiration_date: string
  lines?: AdminCreateSalesAgreementLinePayload[]
}
