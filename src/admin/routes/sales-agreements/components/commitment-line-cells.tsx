import { Badge } from "@medusajs/ui"
import { formatDate, formatDecimal } from "../../../lib/format"
import type { AdminSalesAgreementLine } from "../../../types/sales-agreements"

/** What the commitment covers. */
export const CommitmentTarget = ({ line }: { line: AdminSalesAgreementLine }) => {
  const [kind, id] = line.product_variant_id
    ? ["Variant", line.product_variant_id]
    : line.product_id
      ? ["Product", line.product_id]
      : line.product_category_id
        ? ["Category", line.product_category_id]
        : ["Any product", null]
  return (
    <div className="flex flex-col">
      <span className="text-ui-fg-subtle text-xs">{kind}</span>
      {id && <span className="font-mono text-xs">{id}</span>}
      {(line.effective_date || line.expiration_date) && (
        <span className="text-ui-fg-muted text-xs">
          {formatDate(line.effective_date)} – {formatDate(line.expiration_date)}
        </span>
      )}
    </div>
  )
}

/** The committed quantity (with its unit) or amount, as exact strings. */
export const CommitmentCommitted = ({ line, currency }: { line: AdminSalesAgreementLine; currency: string }) =>
  line.commitment_type === "product_quantity" ? (
    <>{[formatDecimal(line.quantity), line.unit_label].filter(Boolean).join(" ")}</>
  ) : (
    <>{formatDecimal(line.amount, currency)}</>
  )

/** Contract unit price per price unit, e.g. "12.50 EUR / 10". */
export const CommitmentUnitPrice = ({ line, currency }: { line: AdminSalesAgreementLine; currency: string }) => {
  if (!line.unit_price) return <>-</>
  const per = line.price_unit && line.price_unit !== "1" ? ` / ${line.price_unit}` : ""
  return <>{formatDecimal(line.unit_price, currency) + per}</>
}

export const CommitmentDiscount = ({ line, currency }: { line: AdminSalesAgreementLine; currency: string }) => {
  const parts = [
    line.discount_percent ? `${line.discount_percent} %` : null,
    line.discount_amount ? `${formatDecimal(line.discount_amount, currency)} / unit` : null,
  ].filter(Boolean)
  return <>{parts.length ? parts.join(" + ") : "-"}</>
}

export const CommitmentPolicies = ({ line, currency }: { line: AdminSalesAgreementLine; currency: string }) => {
  const min = line.min_release_amount
  const max = line.max_release_amount
  const release =
    min && max
      ? `Release ${formatDecimal(min)} – ${formatDecimal(max, currency)}`
      : min
        ? `Release ≥ ${formatDecimal(min, currency)}`
        : max
          ? `Release ≤ ${formatDecimal(max, currency)}`
          : null
  return (
    <div className="flex flex-wrap items-center gap-1">
      {line.max_enforced && <Badge size="2xsmall">Max enforced</Badge>}
      {line.price_fixed && <Badge size="2xsmall">Price fixed</Badge>}
      {release && <span className="text-ui-fg-subtle text-xs">{release}</span>}
      {!line.max_enforced && !line.price_fixed && !release && "-"}
    </div>
  )
}
