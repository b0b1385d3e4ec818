import { z } from "@medusajs/framework/zod"

/** Custom messages name the field: Medusa's formatter only adds paths to its own messages. */
const named = (problem: string) => ({
  error: (iss: { path?: PropertyKey[] }) => `${(iss.path ?? []).map(String).join(".") || "value"} ${problem}`,
})

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const startOfTodayUtc = () => {
  const now = new Date()
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
}

/** `?token=` may carry the secret (the emailed link). */
export const VendorGetPurchaseOrderParams = z.object({ token: z.string().optional() }).strict()

export const VendorGetPurchaseOrderDocumentParams = z
  .object({ token: z.string().optional(), format: z.enum(["pdf", "html"]).optional() })
  .strict()

export const VendorAcknowledgePurchaseOrder = z
  .object({
    expected_ship_date: z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), named('must be an ISO 8601 date, e.g. "2026-05-01"'))
      .transform((s) => (DATE_ONLY.test(s) ? `${s}T00:00:00.000Z` : new Date(s).toISOString()))
      .refine((s) => Date.parse(s) >= startOfTodayUtc(), named("must not be in the past")),
  })
  .strict()
export type VendorAcknowledgePurchaseOrderType = z.infer<typeof VendorAcknowledgePurchaseOrder>

export const VendorShipPurchaseOrder = z
  .object({
    carrier: z.string().trim().refine((s) => s.length > 0, named("must not be empty")).refine((s) => s.length <= 100, named("must be at most 100 characters")),
    tracking_number: z
      .string()
      .trim()
      .refine((s) => s.length > 0, named("must not be empty"))
      .refine((s) => s.length <= 100, named("must be at most 100 characters")),
  })
  .strict()
export type VendorShipPurchaseOrderType = z.infer<typeof VendorShipPurchaseOrder>
