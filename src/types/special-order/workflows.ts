import type { PurchasingCodeKind } from "../../domain/special-orders/types"

export interface VendorAddress {
  company?: string | null
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
}

export interface VendorInput {
  name: string
  email: string
  phone?: string | null
  /** ISO 4217, the currency of the vendor's unit costs */
  currency_code: string
  /** days from the order date to the goods' arrival */
  lead_time_days?: number
  address?: VendorAddress | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
}

export interface PurchasingCodeInput {
  /** unique */
  code: string
  description?: string | null
  kind: PurchasingCodeKind
  metadata?: Record<string, unknown> | null
}

export interface VariantSourcingInput {
  vendor_id: string
  product_variant_id: string
  vendor_sku?: string | null
  /** exact decimal ≥ 0, in the vendor's currency */
  unit_cost: string | number
  /** default purchasing code of the variant; null: none (ordinary stock item) */
  purchasing_code_id?: string | null
  metadata?: Record<string, unknown> | null
}
