import type { PurchaseOrderAddress } from "./types"

function text(value: unknown): string | null {
  if (typeof value === "string") {
    const trimmed = value.trim()
    return trimmed === "" ? null : trimmed
  }
  return typeof value === "number" ? String(value) : null
}

/**
 * Display lines of a shipping address, company first: `Acme GmbH`,
 * `Anna Muller`, `1 Main St`, `10115 Berlin`, `DE`. Empty for no address.
 */
export function formatAddressLines(address: PurchaseOrderAddress | Record<string, unknown> | null | undefined): string[] {
  if (!address || typeof address !== "object" || Array.isArray(address)) {
    return []
  }
  const a = address as Record<string, unknown>
  const country = text(a.country_code)
  const phone = text(a.phone)
  return [
    text(a.company),
    [text(a.first_name), text(a.last_name)].filter(Boolean).join(" "),
    text(a.address_1),
    text(a.address_2),
    [text(a.postal_code), text(a.city)].filter(Boolean).join(" "),
    text(a.province),
    country ? country.toUpperCase() : null,
    phone ? `Phone: ${phone}` : null,
  ].filter((line): line is string => !!line)
}
