import type { AdminCreateSalesAgreementLinePayload, CommitmentType } from "../../../types/sales-agreements"

/** Value inputs a commitment may carry; which ones depend on its type (SPEC §3). */
export type CommitmentValueField =
  | "quantity"
  | "unit_label"
  | "amount"
  | "unit_price"
  | "price_unit"
  | "discount_percent"
  | "discount_amount"

export interface CommitmentTypeFields {
  /** defined by a product variant or a product */
  productRef: boolean
  /** defined by a product category */
  category: boolean
  values: CommitmentValueField[]
}

/** Fields shown per type; the API rejects any other field, so the form never sends them. */
export const COMMITMENT_TYPE_FIELDS: Record<CommitmentType, CommitmentTypeFields> = {
  product_quantity: {
    productRef: true,
    category: false,
    values: ["quantity", "unit_label", "unit_price", "price_unit", "discount_percent", "discount_amount"],
  },
  product_value: { productRef: true, category: false, values: ["amount", "discount_percent"] },
  product_category_value: { productRef: false, category: true, values: ["amount", "discount_percent"] },
  value: { productRef: false, category: false, values: ["amount", "discount_percent"] },
}

export const VALUE_FIELD_META: Record<CommitmentValueField, { label: string; placeholder: string; hint?: string }> = {
  quantity: { label: "Committed quantity", placeholder: "1000" },
  unit_label: { label: "Unit label", placeholder: "pcs" },
  amount: { label: "Committed amount", placeholder: "25000.00" },
  unit_price: { label: "Unit price", placeholder: "12.50", hint: "Contract price for `price unit` items" },
  price_unit: { label: "Price unit", placeholder: "1", hint: "How many items the unit price is for" },
  discount_percent: { label: "Discount %", placeholder: "5" },
  discount_amount: { label: "Discount amount per unit", placeholder: "0.50" },
}

export type ProductRefField = "product_variant_id" | "product_id"

export interface CommitmentFormValues extends Record<CommitmentValueField, string> {
  commitment_type: CommitmentType
  product_ref: ProductRefField
  product_ref_id: string
  product_category_id: string
  effective_date: string
  expiration_date: string
  max_enforced: boolean
  price_fixed: boolean
  min_release_amount: string
  max_release_amount: string
}

export const emptyCommitmentValues = (): CommitmentFormValues => ({
  commitment_type: "product_quantity",
  product_ref: "product_variant_id",
  product_ref_id: "",
  product_category_id: "",
  quantity: "",
  unit_label: "",
  amount: "",
  unit_price: "",
  price_unit: "",
  discount_percent: "",
  discount_amount: "",
  effective_date: "",
  expiration_date: "",
  max_enforced: false,
  price_fixed: false,
  min_release_amount: "",
  max_release_amount: "",
})

/** Builds the request body from the fields the chosen type allows; blank inputs are left out. */
export const toLinePayload = (v: CommitmentFormValues): AdminCreateSalesAgreementLinePayload => {
  const spec = COMMITMENT_TYPE_FIELDS[v.commitment_type]
  const out: Record<string, string | boolean> = {
    commitment_type: v.commitment_type,
    max_enforced: v.max_enforced,
    price_fixed: v.price_fixed,
  }
  const put = (field: string, raw: string) => {
    const value = raw.trim()
    if (value !== "") out[field] = value
  }
  if (spec.productRef) put(v.product_ref, v.product_ref_id)
  if (spec.category) put("product_category_id", v.product_category_id)
  spec.values.forEach((field) => put(field, v[field]))
  put("effective_date", v.effective_date)
  put("expiration_date", v.expiration_date)
  put("min_release_amount", v.min_release_amount)
  put("max_release_amount", v.max_release_amount)
  return out as unknown as AdminCreateSalesAgreementLinePayload
}
