import type { AgreementSnapshot } from "../domain/types"
import type { ModuleSalesAgreement } from "../types"

const HEADER_FIELDS = [
  "number",
  "title",
  "customer_id",
  "currency_code",
  "effective_date",
  "expiration_date",
  "status",
  "payment_terms",
  "delivery_terms",
  "shipping_address",
  "dimensions",
  "auto_apply",
  "metadata",
] as const

const LINE_FIELDS = [
  "id",
  "line_number",
  "commitment_type",
  "product_variant_id",
  "product_id",
  "product_category_id",
  "quantity",
  "unit_label",
  "amount",
  "unit_price",
  "price_unit",
  "discount_percent",
  "discount_amount",
  "effective_date",
  "expiration_date",
  "max_enforced",
  "price_fixed",
  "min_release_amount",
  "max_release_amount",
  "dimensions",
] as const

const plain = (v: unknown) => (v instanceof Date ? v.toISOString() : v ?? null)

/** Freezes an agreement (decimals already as strings) into a JSON-safe confirmation snapshot. */
export function buildAgreementSnapshot(
  agreement: ModuleSalesAgreement,
  version: number,
  confirmedAt: Date,
  policies: Record<string, unknown>[] = []
): AgreementSnapshot {
  const header: Record<string, unknown> = { id: agreement.id }
  for (const f of HEADER_FIELDS) {
    header[f] = plain((agreement as any)[f])
  }
  const lines = (agreement.lines ?? []).map((line) => {
    const out: Record<string, unknown> = {}
    for (const f of LINE_FIELDS) {
      out[f] = plain((line as any)[f])
    }
    return out as AgreementSnapshot["lines"][number]
  })
  return { version, confirmed_at: confirmedAt.toISOString(), header, lines, policies }
}
