/**
 * One SQL round trip for everything pricing needs about agreements: headers,
 * the admin policy rules that apply (global first, then the agreement's own),
 * live commitments, and each commitment's balance summed from the ledger.
 * Decimals are read from the exact `raw_*` JSON values, never from floats.
 */
export type AgreementsWithBalancesFilter = {
  id?: string
  customer_id?: string
  status?: string
  currency_code?: string
  /** agreements valid at this instant (header validity) */
  valid_at?: Date
  auto_apply?: boolean
  /** leave out what this cart itself holds (a checkout being retried) */
  exclude_cart_id?: string
}

const raw = (alias: string, field: string) => `(${alias}.raw_${field}->>'value')`

export function buildAgreementsWithBalancesQuery(filter: AgreementsWithBalancesFilter): {
  sql: string
  params: unknown[]
} {
  const where: string[] = ["a.deleted_at is null"]
  const params: unknown[] = []
  if (filter.id) {
    where.push("a.id = ?")
    params.push(filter.id)
  }
  if (filter.customer_id) {
    where.push("a.customer_id = ?")
    params.push(filter.customer_id)
  }
  if (filter.status) {
    where.push("a.status = ?")
    params.push(filter.status)
  }
  if (filter.currency_code) {
    where.push("a.currency_code = ?")
    params.push(filter.currency_code.toLowerCase())
  }
  if (filter.valid_at) {
    where.push("a.effective_date <= ? and a.expiration_date >= ?")
    params.push(filter.valid_at, filter.valid_at)
  }
  if (filter.auto_apply !== undefined) {
    where.push("a.auto_apply = ?")
    params.push(filter.auto_apply)
  }
  const sum = (field: string, kind: string) =>
    `coalesce(sum((e.raw_${field}->>'value')::numeric) filter (where e.kind = '${kind}'), 0)`
  const ledgerParams: unknown[] = []
  let ledgerFilter = ""
  if (filter.exclude_cart_id) {
    ledgerFilter = " and (e.cart_id is distinct from ? or e.order_id is not null)"
    ledgerParams.push(filter.exclude_cart_id)
  }
  const sql = `
select a.id as agreement_id, a.number as agreement_number, a.title as agreement_title,
  a.customer_id, a.currency_code, a.status as agreement_status,
  a.effective_date as agreement_effective_date, a.expiration_date as agreement_expiration_date,
  a.auto_apply, a.payment_terms, a.delivery_terms, a.shipping_address, a.dimensions as agreement_dimensions,
  pol.policy_rules,
  l.id, l.line_number, l.commitment_type, l.product_variant_id, l.product_id, l.product_category_id,
  ${raw("l", "quantity")} as quantity, l.unit_label, ${raw("l", "amount")} as amount,
  ${raw("l", "unit_price")} as unit_price, ${raw("l", "price_unit")} as price_unit,
  ${raw("l", "discount_percent")} as discount_percent, ${raw("l", "discount_amount")} as discount_amount,
  l.effective_date, l.expiration_date, l.max_enforced, l.price_fixed,
  ${raw("l", "min_release_amount")} as min_release_amount, ${raw("l", "max_release_amount")} as max_release_amount,
  b.ordered_quantity::text as ordered_quantity, b.ordered_amount::text as ordered_amount,
  b.returned_quantity::text as returned_quantity, b.returned_amount::text as returned_amount
from sales_agreement a
left join lateral (
  select jsonb_agg(jsonb_build_object('name', p.name, 'priority', p.priority, 'conditions', p.conditions, 'event', p.event)
    order by (p.sales_agreement_id is not null), p.name) as policy_rules
  from sales_agreement_policy p
  where p.deleted_at is null and p.enabled and (p.sales_agreement_id is null or p.sales_agreement_id = a.id)
) pol on true
left join sales_agreement_line l on l.sales_agreement_id = a.id and l.deleted_at is null
left join lateral (
  select ${sum("quantity", "ordered")} - ${sum("quantity", "reversed")} as ordered_quantity,
    ${sum("amount", "ordered")} - ${sum("amount", "reversed")} as ordered_amount,
    ${sum("quantity", "returned")} as returned_quantity,
    ${sum("amount", "returned")} as returned_amount
  from sales_agreement_ledger_entry e
  where e.sales_agreement_line_id = l.id and e.deleted_at is null${ledgerFilter}
) b on l.id is not null
where ${where.join(" and ")}
order by a.expiration_date, a.id, l.line_number`
  return { sql, params: [...ledgerParams, ...params] }
}
