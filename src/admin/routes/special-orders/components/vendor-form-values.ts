import type { AdminAddress, AdminVendor, AdminVendorPayload } from "../../../types/special-orders"

export const ADDRESS_FIELDS = ["company", "address_1", "address_2", "postal_code", "city", "province", "country_code"] as const
type AddressField = (typeof ADDRESS_FIELDS)[number]

/** The vendor form's state: raw input strings, validated by the API. */
export type VendorFormValues = {
  name: string
  email: string
  phone: string
  currency_code: string
  lead_time_days: string
  notes: string
} & Record<AddressField, string>

export const emptyVendorValues = (): VendorFormValues => ({
  name: "",
  email: "",
  phone: "",
  currency_code: "",
  lead_time_days: "0",
  notes: "",
  ...(Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, ""])) as Record<AddressField, string>),
})

export const vendorValuesFrom = (vendor: AdminVendor): VendorFormValues => ({
  name: vendor.name,
  email: vendor.email,
  phone: vendor.phone ?? "",
  currency_code: vendor.currency_code,
  lead_time_days: String(vendor.lead_time_days ?? 0),
  notes: vendor.notes ?? "",
  ...(Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, vendor.address?.[f] ?? ""])) as Record<AddressField, string>),
})

const orNull = (s: string) => (s.trim() === "" ? null : s.trim())

/** A typed number when the input is one, else the raw text so the API names the field in its 400. */
const leadTime = (s: string): number => {
  const n = Number(s.trim())
  return s.trim() === "" ? 0 : Number.isFinite(n) ? n : (s.trim() as unknown as number)
}

const addressOf = (v: VendorFormValues): AdminAddress | null => {
  const entries = ADDRESS_FIELDS.map((f) => [f, orNull(v[f])] as const).filter(([, value]) => value !== null)
  return entries.length ? (Object.fromEntries(entries) as AdminAddress) : null
}

export const toVendorPayload = (v: VendorFormValues): AdminVendorPayload => ({
  name: v.name.trim(),
  email: v.email.trim(),
  phone: orNull(v.phone),
  currency_code: v.currency_code.trim().toLowerCase(),
  lead_time_days: leadTime(v.lead_time_days),
  address: addressOf(v),
  notes: orNull(v.notes),
})

/** Only the fields the admin changed (the address is sent whole when any part of it changed). */
export const toVendorUpdatePayload = (v: VendorFormValues, initial: VendorFormValues): AdminVendorPayload => {
  const next = toVendorPayload(v)
  const before = toVendorPayload(initial)
  const out: AdminVendorPayload = {}
  for (const key of Object.keys(next) as (keyof AdminVendorPayload)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) {
      ;(out as Record<string, unknown>)[key] = next[key]
    }
  }
  return out
}
