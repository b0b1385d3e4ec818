import type { AgreementSnapshot } from "../types"
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatPercent,
  formatPeriod,
  formatQuantity,
  hasDecimal,
  toBigNumber,
} from "./format-values"

export const CONFIRMATION_TITLE = "Sales agreement confirmation"

/** A labelled value, e.g. a dimension or a header field. */
export interface ConfirmationField {
  label: string
  value: string
}

export interface ConfirmationCustomer {
  name: string | null
  company_name: string | null
  email: string | null
  customer_id: string | null
  /** display lines, company first; empty when nothing is known */
  lines: string[]
}

export interface ConfirmationValidity {
  /** `YYYY-MM-DD` */
  effective_date: string | null
  /** `YYYY-MM-DD` */
  expiration_date: string | null
  /** e.g. `2025-01-01 – 2025-12-31` */
  text: string
}

/** One commitment row of the confirmation table. */
export interface ConfirmationLine {
  id: string
  line_number: number
  commitment_type: string
  /** e.g. `Product quantity` */
  type_label: string
  /** product / variant / category label or id, or `Any product` */
  target: string
  /** the variant, product or category id the line targets */
  target_id: string | null
  /** e.g. `100 pcs` or `10,000.00 EUR` */
  committed: string
  /** e.g. `8.50 EUR per 1 pcs, discount 5 %, discount amount 0.50` */
  price_terms: string
  /** the line's own validity; `null` when it follows the agreement's */
  validity: string | null
  /** e.g. `Max enforced`, `Min. release amount 100.00 EUR` */
  policies: string[]
  /** line dimensions */
  dimensions: ConfirmationField[]
}

/** Presentation model of one confirmed agreement version, shared by the HTML and PDF renderers. */
export interface ConfirmationView {
  title: string
  store_name: string | null
  number: string
  agreement_title: string | null
  version: number
  /** `YYYY-MM-DD HH:MM UTC` */
  confirmed_at: string
  /** the snapshot's raw timestamp */
  confirmed_at_iso: string
  customer: ConfirmationCustomer
  validity: ConfirmationValidity
  /** upper-case ISO code */
  currency_code: string
  status: string
  status_label: string
  payment_terms: string | null
  delivery_terms: string | null
  auto_apply: boolean | null
  shipping_address_lines: string[]
  dimensions: ConfirmationField[]
  /** the header facts in display order (number, version, status, currency, validity, terms …) */
  summary: ConfirmationField[]
  lines: ConfirmationLine[]
  /** `Version N — confirmed <date>` */
  footer: string
}

export interface BuildConfirmationViewOptions {
  store_name?: string
  customer?: {
    name?: string | null
    email?: string | null
    company_name?: string | null
  } | null
}

const COMMITMENT_TYPE_LABELS: Record<string, string> = {
  product_quantity: "Product quantity",
  product_value: "Product value",
  product_category_value: "Product category value",
  value: "Value",
}

const STATUS_LABELS: Record<string, string> = {
  draft: "Draft",
  effective: "Effective",
  on_hold: "On hold",
  closed: "Closed",
}

function text(value: unknown): string | null {
  if (typeof value === "string") {
    const trimmed = value.trim()
    return trimmed === "" ? null : trimmed
  }
  if (typeof value === "number" || typeof value === "bigint") {
    return String(value)
  }
  return null
}

function flag(value: unknown): boolean {
  return value === true || value === "true"
}

function humanize(value: string): string {
  const spaced = value.replace(/_/g, " ")
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

function fieldValue(value: unknown): string {
  if (value === null || value === undefined) {
    return ""
  }
  if (typeof value === "string") {
    return value
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return String(value)
  }
  if (value instanceof Date) {
    return formatDate(value) ?? ""
  }
  return JSON.stringify(value)
}

function toFields(record: unknown): ConfirmationField[] {
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    return []
  }
  return Object.entries(record as Record<string, unknown>).map(([label, value]) => ({
    label,
    value: fieldValue(value),
  }))
}

function addressLines(address: unknown): string[] {
  if (!address || typeof address !== "object") {
    return []
  }
  const a = address as Record<string, unknown>
  const phone = text(a.phone)
  const country = text(a.country_code)
  const lines = [
    [text(a.first_name), text(a.last_name)].filter(Boolean).join(" "),
    text(a.company),
    text(a.address_1),
    text(a.address_2),
    [text(a.postal_code), text(a.city)].filter(Boolean).join(" "),
    text(a.province),
    country ? country.toUpperCase() : null,
    phone ? `Phone: ${phone}` : null,
  ]
  return lines.filter((line): line is string => !!line)
}

function customerBlock(
  header: Record<string, unknown>,
  customer: BuildConfirmationViewOptions["customer"]
): ConfirmationCustomer {
  const name = text(customer?.name)
  const company_name = text(customer?.company_name)
  const email = text(customer?.email)
  const customer_id = text(header.customer_id)
  const lines = [company_name, name, email, customer_id ? `Customer ID: ${customer_id}` : null]
  return {
    name,
    company_name,
    email,
    customer_id,
    lines: lines.filter((line): line is string => !!line),
  }
}

function lineTarget(line: Record<string, unknown>): { target: string; target_id: string | null } {
  const variantId = text(line.product_variant_id)
  const productId = text(line.product_id)
  const categoryId = text(line.product_category_id)
  const productTitle = text(line.product_title)

  if (variantId) {
    const label = [productTitle, text(line.variant_title)].filter(Boolean).join(" / ")
    const sku = text(line.variant_sku)
    const base = label || `Variant ${variantId}`
    return { target: sku ? `${base} (SKU ${sku})` : base, target_id: variantId }
  }
  if (productId) {
    return { target: `${productTitle ?? `Product ${productId}`} (all variants)`, target_id: productId }
  }
  if (categoryId) {
    const name = text(line.category_name) ?? categoryId
    return { target: `Category ${name} (incl. subcategories)`, target_id: categoryId }
  }
  if (line.commitment_type === "value") {
    return { target: "Any product", target_id: null }
  }
  return { target: "—", target_id: null }
}

function committed(line: Record<string, unknown>, currency: string): string {
  const quantityFirst = line.commitment_type === "product_quantity"
  const quantity = hasDecimal(line.quantity)
    ? [formatQuantity(line.quantity), text(line.unit_label)].filter(Boolean).join(" ")
    : null
  const amount = hasDecimal(line.amount) ? formatMoney(line.amount, currency) : null
  return (quantityFirst ? quantity ?? amount : amount ?? quantity) ?? "—"
}

function isNonZero(value: unknown): boolean {
  if (!hasDecimal(value)) {
    return false
  }
  const bn = toBigNumber(value)
  return bn === null || !bn.isZero()
}

function priceTerms(line: Record<string, unknown>, currency: string): string {
  const parts: string[] = []
  if (hasDecimal(line.unit_price)) {
    const per = hasDecimal(line.price_unit) ? formatQuantity(line.price_unit) : "1"
    const unit = text(line.unit_label)
    parts.push(`${formatMoney(line.unit_price, currency)} per ${per}${unit ? ` ${unit}` : ""}`)
  }
  if (isNonZero(line.discount_percent)) {
    parts.push(`discount ${formatPercent(line.discount_percent)}`)
  }
  if (isNonZero(line.discount_amount)) {
    parts.push(`discount amount ${formatMoney(line.discount_amount, "")}`)
  }
  return parts.length ? parts.join(", ") : "Trade price"
}

function policies(line: Record<string, unknown>, currency: string): string[] {
  const result: string[] = []
  if (flag(line.max_enforced)) {
    result.push("Max enforced")
  }
  if (flag(line.price_fixed)) {
    result.push("Price fixed")
  }
  if (hasDecimal(line.min_release_amount)) {
    result.push(`Min. release amount ${formatMoney(line.min_release_amount, currency)}`)
  }
  if (hasDecimal(line.max_release_amount)) {
    result.push(`Max. release amount ${formatMoney(line.max_release_amount, currency)}`)
  }
  return result
}

function buildLine(
  line: AgreementSnapshot["lines"][number],
  currency: string
): ConfirmationLine {
  const type = text(line.commitment_type) ?? ""
  return {
    id: line.id,
    line_number: line.line_number,
    commitment_type: type,
    type_label: COMMITMENT_TYPE_LABELS[type] ?? (type ? humanize(type) : "—"),
    ...lineTarget(line),
    committed: committed(line, currency),
    price_terms: priceTerms(line, currency),
    validity: formatPeriod(formatDate(line.effective_date), formatDate(line.expiration_date)),
    policies: policies(line, currency),
    dimensions: toFields(line.dimensions),
  }
}

/**
 * Builds the presentation model of a confirmed agreement version: every value
 * already formatted as display text (exact decimals, upper-case currency, UTC dates).
 */
export function buildConfirmationView(
  snapshot: AgreementSnapshot,
  opts: BuildConfirmationViewOptions = {}
): ConfirmationView {
  const header = snapshot.header ?? {}
  const currency = (text(header.currency_code) ?? "").toUpperCase()
  const number = text(header.number) ?? ""
  const status = text(header.status) ?? ""
  const status_label = STATUS_LABELS[status] ?? (status ? humanize(status) : "")
  const effective_date = formatDate(header.effective_date)
  const expiration_date = formatDate(header.expiration_date)
  const validity: ConfirmationValidity = {
    effective_date,
    expiration_date,
    text: formatPeriod(effective_date, expiration_date) ?? "",
  }
  const payment_terms = text(header.payment_terms)
  const delivery_terms = text(header.delivery_terms)
  const auto_apply = typeof header.auto_apply === "boolean" ? header.auto_apply : null
  const confirmed_at = formatDateTime(snapshot.confirmed_at)

  const summary: ConfirmationField[] = [
    { label: "Agreement number", value: number },
    { label: "Version", value: String(snapshot.version) },
    { label: "Confirmed", value: confirmed_at },
    { label: "Status", value: status_label },
    { label: "Currency", value: currency },
    { label: "Validity", value: validity.text },
    { label: "Payment terms", value: payment_terms ?? "" },
    { label: "Delivery terms", value: delivery_terms ?? "" },
  ].filter((field) => field.value !== "")

  const lines = [...(snapshot.lines ?? [])]
    .sort((a, b) => a.line_number - b.line_number || String(a.id).localeCompare(String(b.id)))
    .map((line) => buildLine(line, currency))

  return {
    title: CONFIRMATION_TITLE,
    store_name: text(opts.store_name),
    number,
    agreement_title: text(header.title),
    version: snapshot.version,
    confirmed_at,
    confirmed_at_iso: String(snapshot.confirmed_at ?? ""),
    customer: customerBlock(header, opts.customer),
    validity,
    currency_code: currency,
    status,
    status_label,
    payment_terms,
    delivery_terms,
    auto_apply,
    shipping_address_lines: addressLines(header.shipping_address),
    dimensions: toFields(header.dimensions),
    summary,
    lines,
    footer: `Version ${snapshot.version} — confirmed ${confirmed_at}`,
  }
}
