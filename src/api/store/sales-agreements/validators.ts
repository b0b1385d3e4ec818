import { z } from "@medusajs/framework/zod"

const named = (problem: string) => ({
  error: (iss: { path?: PropertyKey[] }) => `${(iss.path ?? []).map(String).join(".") || "value"} ${problem}`,
})
const dateInput = z.string().refine((s) => !Number.isNaN(Date.parse(s)), named("must be an ISO 8601 date"))

export const StoreLinkCartSalesAgreement = z
  .object({ sales_agreement_id: z.string().min(1), requested_ship_date: dateInput.optional() })
  .strict()
export type StoreLinkCartSalesAgreementType = z.infer<typeof StoreLinkCartSalesAgreement>

export const StorePricePreview = z
  .object({
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, named("must be a 3-letter ISO 4217 currency code")).optional(),
    region_id: z.string().min(1).optional(),
    sales_agreement_id: z.string().min(1).optional(),
    requested_ship_date: dateInput.optional(),
    items: z
      .array(z.object({ variant_id: z.string().min(1), quantity: z.number().int().positive() }).strict())
      .min(1)
      .max(200),
  })
  .strict()
  .refine((b) => !!b.currency_code || !!b.region_id, {
    message: "currency_code or region_id is required",
    path: ["currency_code"],
  })
export type StorePricePreviewType = z.infer<typeof StorePricePreview>
