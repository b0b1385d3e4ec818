/**
 * One SQL round trip for everything pricing needs about agreements: headers,
 * the admin policy rules that apply (global first, then the agreement's own),
 * live commitments, and each commitment's balance (sales_agreement_line_balance,
 * kept from the ledger by triggers).
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
  // balances come from sales_agreement_line_balance (kept by triggers); a checkout
  // being retried leaves out what its own cart holds (pending entries: ordered, not attached)
  const ledgerParams: unknown[] = []
  let own = (_: string) => ""
  let ownJoin = ""
  if (filter.exclude_cart_id) {
    own = (field) => ` - coalesce(own.${field}, 0)`
    ownJoin = `
    left join lateral (
      select sum((e.raw_quantity->>'value')::numeric) as quantity, sum((e.raw_amount->>'value')::numeric) as amount
      from sales_agreement_ledger_entry e
      where e.cart_id = ? and e.order_id is null and e.deleted_at is null and e.kind = 'ordered' and e.sales_agreement_line_id = l.id
    ) own on true`
    ledgerParams.push(filter.exclude_cart_id)
  }
  // one row per agreement: its lines and rules come as JSON arrays (no header repeated per line)
  const sql = `
select a.id, a.number, a.title, a.customer_id, a.currency_code, a.status, a.effective_date, a.expiration_date,
  a.auto_apply, a.payment_terms, a.delivery_terms, a.shipping_address, a.dimensions,
  (select json_agg(json_build_object('name', p.name, 'priority', p.priority, 'conditions', p.conditions, 'event', p.event)
     order by (p.sales_agreement_id is not null), p.name)
   from sales_agreement_policy p
   where p.deleted_at is null and p.enabled and (p.sales_agreement_id is null or p.sales_agreement_id = a.id)) as policy_rules,
  (select json_agg(x order by x.line_number) from (
    select l.id, l.line_number, l.commitment_type, l.product_variant_id, l.product_id, l.product_category_id,
      ${raw("l", "quantity")} as quantity, l.unit_label, ${raw("l", "amount")} as amount,
      ${raw("l", "unit_price")} as unit_price, ${raw("l", "price_unit")} as price_unit,
      ${raw("l", "discount_percent")} as discount_percent, ${raw("l", "discount_amount")} as discount_amount,
      l.effective_date, l.expiration_date, l.max_enforced, l.price_fixed,
      ${raw("l", "min_release_amount")} as min_release_amount, ${raw("l", "max_release_amount")} as max_release_amount,
      (coalesce(b.ordered_quantity, 0)${own("quantity")})::text as ordered_quantity,
      (coalesce(b.ordered_amount, 0)${own("amount")})::text as ordered_amount,
      coalesce(b.returned_quantity, 0)::text as returned_quantity, coalesce(b.returned_amount, 0)::text as returned_amount
    from sales_agreement_line l
    left join sales_agreement_line_balance b on b.sales_agreement_line_id = l.id${ownJoin}
    where l.sales_agreement_id = a.id and l.deleted_at is null
  ) x) as lines
from sales_agreement a
where ${where.join(" and ")}
order by a.expiration_date, a.id`
  return { sql, params: [...ledgerParams, ...params] }
}
