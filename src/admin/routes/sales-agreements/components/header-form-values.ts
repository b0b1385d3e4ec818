import { toDateInputValue } from "../../../lib/format"
import type {
  AdminCreateSalesAgreementPayload,
  AdminSalesAgreement,
  AdminSalesAgreementHeaderPayload,
} from "../../../types/sales-agreements"

/** The header form's state: raw input strings, validated by the API. */
export interface HeaderFormValues {
  title: string
  customer_id: string
  currency_code: string
  effective_date: string
  expiration_date: string
  payment_terms: string
  delivery_terms: string
  auto_apply: boolean
}

export const emptyHeaderValues = (customerId = ""): HeaderFormValues => ({
  title: "",
  customer_id: customerId,
  currency_code: "",
  effective_date: "",
  expiration_date: "",
  payment_terms: "",
  delivery_terms: "",
  auto_apply: true,
})

export const headerValuesFrom = (agreement: AdminSalesAgreement): HeaderFormValues => ({
  title: agreement.title ?? "",
  customer_id: agreement.customer_id,
  currency_code: agreement.currency_code,
  effective_date: toDateInputValue(agreement.effective_date),
  expiration_date: toDateInputValue(agreement.expiration_date),
  payment_terms: agreement.payment_terms ?? "",
  delivery_terms: agreement.delivery_terms ?? "",
  auto_apply: agreement.auto_apply,
})

const orNull = (s: string) => (s.trim() === "" ? null : s.trim())

export const toCreatePayload = (v: HeaderFormValues): AdminCreateSalesAgreementPayload => ({
  customer_id: v.customer_id.trim(),
  currency_code: v.currency_code.trim(),
  effective_date: v.effective_date,
  expiration_date: v.expiration_date,
  auto_apply: v.auto_apply,
  ...(orNull(v.title) ? { title: orNull(v.title) } : {}),
  ...(orNull(v.payment_terms) ? { payment_terms: orNull(v.payment_terms) } : {}),
  ...(orNull(v.delivery_terms) ? { delivery_terms: orNull(v.delivery_terms) } : {}),
})

/** Only the fields the admin changed, so an edit never re-sends locked fields (customer, currency). */
export const toUpdatePayload = (v: HeaderFormValues, initial: HeaderFormValues): AdminSalesAgreementHeaderPayload => {
  const out: AdminSalesAgreementHeaderPayload = {}
  if (v.title !== initial.title) out.title = orNull(v.title)
  if (v.customer_id !== initial.customer_id) out.customer_id = v.customer_id.trim()
  if (v.currency_code !== initial.currency_code) out.currency_code = v.currency_code.trim()
  if (v.effective_date !== initial.effective_date) out.effective_date = v.effective_date
  if (v.expiration_date !== initial.expiration_date) out.expiration_date = v.expiration_date
  if (v.payment_terms !== initial.payment_terms) out.payment_terms = orNull(v.payment_terms)
  if (v.delivery_terms !== initial.delivery_terms) out.delivery_terms = orNull(v.delivery_terms)
  if (v.auto_apply !== initial.auto_apply) out.auto_apply = v.auto_apply
  return out
}
