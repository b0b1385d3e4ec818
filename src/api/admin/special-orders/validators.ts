import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { PURCHASING_CODE_KINDS, REQUISITION_LINE_STATUSES } from "../../../domain/special-orders/types"

/** Custom messages name the field: Medusa's formatter only adds paths to its own messages. */
const named = (problem: string) => ({
  error: (iss: { path?: PropertyKey[] }) => `${(iss.path ?? []).map(String).join(".") || "value"} ${problem}`,
})

const NON_NEGATIVE_DECIMAL = /^\d+(\.\d+)?$/
const unitCost = z.union([
  z.number().finite().nonnegative(named("must be a decimal number ≥ 0")),
  z.string().trim().regex(NON_NEGATIVE_DECIMAL, named('must be a decimal number ≥ 0, e.g. "12.50"')),
])
const dateInput = z.string().refine((s) => !Number.isNaN(Date.parse(s)), named("must be an ISO 8601 date"))
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
/** A date-only upper bound ("2026-12-31") covers that whole day (UTC). */
const untilInput = dateInput.transform((s) => (DATE_ONLY.test(s) ? `${s}T23:59:59.999Z` : s))
const currency = z.string().regex(/^[a-zA-Z]{3}$/, named("must be a 3-letter ISO 4217 currency code"))
const id = z.string().trim().min(1, named("must be a non-empty id"))
const oneOrMany = <T extends z.ZodTypeAny>(t: T) => z.union([t, z.array(t)])

export const AdminVendorAddress = z
  .object({
    company: z.string().max(255).nullish(),
    first_name: z.string().max(255).nullish(),
    last_name: z.string().max(255).nullish(),
    address_1: z.string().max(255).nullish(),
    address_2: z.string().max(255).nullish(),
    city: z.string().max(255).nullish(),
    postal_code: z.string().max(64).nullish(),
    province: z.string().max(255).nullish(),
    country_code: z.string().regex(/^[a-zA-Z]{2}$/, named("must be a 2-letter ISO country code")).nullish(),
    phone: z.string().max(64).nullish(),
  })
  .strict()

const vendorFields = {
  name: z.string().trim().min(1, named("must not be empty")).max(255),
  email: z.string().trim().email(named("must be an email address")),
  phone: z.string().max(64).nullish(),
  currency_code: currency,
  lead_time_days: z.number().int(named("must be a whole number of days")).min(0, named("must be ≥ 0")).max(3650).optional(),
  address: AdminVendorAddress.nullish(),
  notes: z.string().max(4000).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateVendor = z.object(vendorFields).strict()
export type AdminCreateVendorType = z.infer<typeof AdminCreateVendor>

export const AdminUpdateVendor = z.object(vendorFields).partial().strict()
export type AdminUpdateVendorType = z.infer<typeof AdminUpdateVendor>

export const AdminGetVendorParams = createSelectParams()

export const AdminGetVendorsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  currency_code: oneOrMany(z.string()).optional(),
})
export type AdminGetVendorsParamsType = z.infer<typeof AdminGetVendorsParams>

const purchasingCodeFields = {
  code: z
    .string()
    .trim()
    .min(1, named("must not be empty"))
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/, named("may only contain letters, digits, '-', '_' and '.'")),
  description: z.string().max(1000).nullish(),
  kind: z.enum(PURCHASING_CODE_KINDS),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreatePurchasingCode = z.object(purchasingCodeFields).strict()
export type AdminCreatePurchasingCodeType = z.infer<typeof AdminCreatePurchasingCode>

export const AdminUpdatePurchasingCode = z.object(purchasingCodeFields).partial().strict()
export type AdminUpdatePurchasingCodeType = z.infer<typeof AdminUpdatePurchasingCode>

export const AdminGetPurchasingCodeParams = createSelectParams()

export const AdminGetPurchasingCodesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  kind: oneOrMany(z.enum(PURCHASING_CODE_KINDS)).optional(),
})
export type AdminGetPurchasingCodesParamsType = z.infer<typeof AdminGetPurchasingCodesParams>

export const AdminUpsertVariantSourcing = z
  .object({
    product_variant_id: id,
    vendor_sku: z.string().max(255).nullish(),
    unit_cost: unitCost,
    purchasing_code_id: id.nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminUpsertVariantSourcingType = z.infer<typeof AdminUpsertVariantSourcing>

export const AdminGetVendorVariantsParams = createFindParams({ limit: 50, offset: 0 })

export const AdminRemoveVariantSourcing = z.object({ product_variant_id: oneOrMany(id).optional() }).strict()
export type AdminRemoveVariantSourcingType = z.infer<typeof AdminRemoveVariantSourcing>

export const AdminSetOrderLinePurchasingCode = z.object({ purchasing_code_id: id.nullable() }).strict()
export type AdminSetOrderLinePurchasingCodeType = z.infer<typeof AdminSetOrderLinePurchasingCode>

export const AdminGetRequisitionLineParams = createSelectParams()

const dateRange = z
  .object({ $gte: dateInput.optional(), $lte: dateInput.optional(), $gt: dateInput.optional(), $lt: dateInput.optional() })
  .strict()

export const AdminGetRequisitionLinesParams = createFindParams({ limit: 50, offset: 0 }).extend({
  status: oneOrMany(z.enum(REQUISITION_LINE_STATUSES)).optional(),
  kind: oneOrMany(z.enum(PURCHASING_CODE_KINDS)).optional(),
  vendor_id: oneOrMany(z.string()).optional(),
  order_id: oneOrMany(z.string()).optional(),
  due_date: dateRange.optional(),
})
export type AdminGetRequisitionLinesParamsType = z.infer<typeof AdminGetRequisitionLinesParams>

export const AdminGetSalesOrders = z
  .object({ order_id: id.optional(), from: dateInput.optional(), to: untilInput.optional() })
  .strict()
  .refine((b) => !b.from || !b.to || Date.parse(b.from) <= Date.parse(b.to), {
    message: "to must not be before from",
    path: ["to"],
  })
export type AdminGetSalesOrdersType = z.infer<typeof AdminGetSalesOrders>

export const AdminUpdateRequisitionLine = z
  .object({
    vendor_id: id.optional(),
    quantity: z.number().int(named("must be a whole number")).positive(named("must be > 0")).optional(),
    due_date: dateInput.optional(),
    unit_cost: unitCost.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "body must change vendor_id, quantity, due_date or unit_cost" })
export type AdminUpdateRequisitionLineType = z.infer<typeof AdminUpdateRequisitionLine>

export const AdminCarryOutRequisitionLines = z
  .object({ ids: z.array(id).min(1, named("must list at least one requisition line id")).max(1000).optional() })
  .strict()
export type AdminCarryOutRequisitionLinesType = z.infer<typeof AdminCarryOutRequisitionLines>
