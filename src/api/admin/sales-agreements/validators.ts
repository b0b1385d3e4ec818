import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { AGREEMENT_STATUSES, COMMITMENT_TYPES } from "../../../domain/types"

/** Custom messages name the field: Medusa's formatter only adds paths to its own messages. */
const named = (problem: string) => ({
  error: (iss: { path?: PropertyKey[] }) => `${(iss.path ?? []).map(String).join(".") || "value"} ${problem}`,
})

const decimal = z.union([
  z.number().finite(),
  z.string().regex(/^-?\d+(\.\d+)?$/, named('must be a decimal number, e.g. "12.50"')),
])
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const dateInput = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), named("must be an ISO 8601 date"))
/** A date-only expiration ("2026-12-31") covers that whole day (UTC). */
const expirationInput = dateInput.transform((s) => (DATE_ONLY.test(s) ? `${s}T23:59:59.999Z` : s))

export const AdminSalesAgreementAddress = z
  .object({
    first_name: z.string().nullish(),
    last_name: z.string().nullish(),
    company: z.string().nullish(),
    address_1: z.string().nullish(),
    address_2: z.string().nullish(),
    city: z.string().nullish(),
    postal_code: z.string().nullish(),
    province: z.string().nullish(),
    country_code: z.string().regex(/^[a-zA-Z]{2}$/, named("must be a 2-letter ISO country code")).nullish(),
    phone: z.string().nullish(),
  })
  .strict()

const commitmentFields = {
  product_variant_id: z.string().min(1).nullish(),
  product_id: z.string().min(1).nullish(),
  product_category_id: z.string().min(1).nullish(),
  quantity: decimal.nullish(),
  unit_label: z.string().max(32).nullish(),
  amount: decimal.nullish(),
  unit_price: decimal.nullish(),
  price_unit: decimal.nullish(),
  discount_percent: decimal.nullish(),
  discount_amount: decimal.nullish(),
  effective_date: dateInput.nullish(),
  expiration_date: expirationInput.nullish(),
  max_enforced: z.boolean().optional(),
  price_fixed: z.boolean().optional(),
  min_release_amount: decimal.nullish(),
  max_release_amount: decimal.nullish(),
  dimensions: z.record(z.string(), z.string()).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateSalesAgreementLine = z
  .object({ commitment_type: z.enum(COMMITMENT_TYPES), ...commitmentFields })
  .strict()
export type AdminCreateSalesAgreementLineType = z.infer<typeof AdminCreateSalesAgreementLine>

export const AdminUpdateSalesAgreementLine = z
  .object({ commitment_type: z.enum(COMMITMENT_TYPES).optional(), ...commitmentFields })
  .strict()
export type AdminUpdateSalesAgreementLineType = z.infer<typeof AdminUpdateSalesAgreementLine>

const headerFields = {
  number: z.string().trim().min(1).max(64).optional(),
  title: z.string().max(255).nullish(),
  customer_id: z.string().min(1),
  currency_code: z.string().regex(/^[a-zA-Z]{3}$/, named("must be a 3-letter ISO 4217 currency code")),
  effective_date: dateInput,
  expiration_date: expirationInput,
  payment_terms: z.string().max(255).nullish(),
  delivery_terms: z.string().max(255).nullish(),
  shipping_address: AdminSalesAgreementAddress.nullish(),
  dimensions: z.record(z.string(), z.string()).nullish(),
  auto_apply: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateSalesAgreement = z
  .object({ ...headerFields, lines: z.array(AdminCreateSalesAgreementLine).max(1000).optional() })
  .strict()
export type AdminCreateSalesAgreementType = z.infer<typeof AdminCreateSalesAgreement>

export const AdminUpdateSalesAgreement = z.object(headerFields).partial().strict()
export type AdminUpdateSalesAgreementType = z.infer<typeof AdminUpdateSalesAgreement>

export const AdminUpdateSalesAgreementStatus = z.object({ status: z.enum(AGREEMENT_STATUSES) }).strict()
export type AdminUpdateSalesAgreementStatusType = z.infer<typeof AdminUpdateSalesAgreementStatus>

export const AdminConfirmSalesAgreement = z.object({}).strict()

export const AdminGetSalesAgreementParams = createSelectParams()

export const AdminGetSalesAgreementsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  customer_id: z.union([z.string(), z.array(z.string())]).optional(),
  status: z.union([z.enum(AGREEMENT_STATUSES), z.array(z.enum(AGREEMENT_STATUSES))]).optional(),
})
export type AdminGetSalesAgreementsParamsType = z.infer<typeof AdminGetSalesAgreementsParams>

export const AdminGetSalesAgreementVersionParams = z
  .object({ compare_to: z.coerce.number().int().positive().optional() })
  .strict()

export const AdminGetSalesAgreementDocumentParams = z
  .object({ format: z.enum(["html", "pdf"]).optional() })
  .strict()

export const AdminGetSalesAgreementLedgerParams = createFindParams({ limit: 50, offset: 0 })

export const AdminReleaseSalesAgreementOrder = z
  .object({
    items: z
      .array(
        z
          .object({
            line_id: z.string().min(1),
            quantity: z.number().int().positive(),
            variant_id: z.string().min(1).optional(),
          })
          .strict()
      )
      .min(1)
      .max(200),
    requested_ship_date: dateInput.optional(),
    region_id: z.string().min(1).optional(),
    sales_channel_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminReleaseSalesAgreementOrderType = z.infer<typeof AdminReleaseSalesAgreementOrder>
