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
  /**
   * only agreements that may have a lifecycle event due (the scheduled job):
   * expired and not yet announced, expiring before `expiring_before`, or with a
   * commitment fulfilled to at least `min_percent`
   */
  lifecycle?: { now: Date; expiring_before: Date; min_percent: number }
  /** keyset paging in id order: agreements after this id */
  after_id?: string
  /** at most this many agreements, in id order */
  limit?: number
}

const raw = (alias: string, field: string) => `(${alias}.raw_${field}->>'value')`

export function buildAgreementsWithBalancesQuery(filter: AgreementsWithBalancesFilter): {
  sql: string
  params: unknown[]
} {
  const params: unknown[] = []
  // the lateral join's parameter comes first in the text
  if (filter.exclude_cart_id) params.push(filter.exclude_cart_id)
  let shape = filter.exclude_cart_id ? 1 : 0
  if (filter.id) {
    shape |= 2
    params.push(filter.id)
  }
  if (filter.customer_id) {
    shape |= 4
    params.push(filter.customer_id)
  }
  if (filter.status) {
    shape |= 8
    params.push(filter.status)
  }
  if (filter.currency_code) {
    shape |= 16
    params.push(filter.currency_code.toLowerCase())
  }
  if (filter.valid_at) {
    shape |= 32
    params.push(filter.valid_at, filter.valid_at)
  }
  if (filter.auto_apply !== undefined) {
    shape |= 64
    params.push(filter.auto_apply)
  }
  if (filter.lifecycle) {
    shape |= 128
    const { now, expiring_before, min_percent } = filter.lifecycle
    params.push(now, now, expiring_before, now, String(min_percent), String(min_percent))
  }
  if (filter.after_id) {
    shape |= 256
    params.push(filter.after_id)
  }
  if (filter.limit !== undefined) {
    shape |= 512
    params.push(filter.limit)
  }
  // the text depends only on which filters are set: built once per shape
  let sql = sqlByShape.get(shape)
  if (sql === undefined) {
    sql = buildSql(shape)
    sqlByShape.set(shape, sql)
  }
  return { sql, params }
}

const sqlByShape = new Map<number, string>()

/**
 * Parameters: now, now, expiring_before, now, min_percent (twice). A superset of what
 * computeLifecycleEvents finds (it decides); expired agreements whose event
 * was claimed are left out, so the set stays bounded by the live agreements.
 */
const LIFECYCLE_CONDITION = `(
    (a.expiration_date < ? and not exists (
      select 1 from sales_agreement_event_log ev
      where ev.key = 'expired:' || a.id || ':' || floor(extract(epoch from a.expiration_date) * 1000)::bigint and ev.deleted_at is null))
    or (a.expiration_date >= ? and a.expiration_date <= ?)
    or (a.expiration_date >= ? and exists (
      select 1 from sales_agreement_line fl
      left join sales_agreement_line_balance fb on fb.sales_agreement_line_id = fl.id
      where fl.sales_agreement_id = a.id and fl.deleted_at is null
        and case when fl.commitment_type = 'product_quantity'
          then (coalesce(fb.ordered_quantity, 0) - coalesce(fb.returned_quantity, 0)) * 100 >= (?::numeric - 0.01) * (fl.raw_quantity->>'value')::numeric
          else (coalesce(fb.ordered_amount, 0) - coalesce(fb.returned_amount, 0)) * 100 >= (?::numeric - 0.01) * (fl.raw_amount->>'value')::numeric
        end))
  )`

function buildSql(shape: number): string {
  const where: string[] = ["a.deleted_at is null"]
  if (shape & 2) where.push("a.id = ?")
  if (shape & 4) where.push("a.customer_id = ?")
  if (shape & 8) where.push("a.status = ?")
  if (shape & 16) where.push("a.currency_code = ?")
  if (shape & 32) where.push("a.effective_date <= ? and a.expiration_date >= ?")
  if (shape & 64) where.push("a.auto_apply = ?")
  if (shape & 128) where.push(LIFECYCLE_CONDITION)
  if (shape & 256) where.push("a.id > ?")
  // balances come from sales_agreement_line_balance (kept by triggers); a checkout
  // being retried leaves out what its own cart holds (pending entries: ordered, not attached)
  let own = (_: string) => ""
  let ownJoin = ""
  if (shape & 1) {
    own = (field) => ` - coalesce(own.${field}, 0)`
    ownJoin = `
    left join lateral (
      select sum((e.raw_quantity->>'value')::numeric) as quantity, sum((e.raw_amount->>'value')::numeric) as amount
      from sales_agreement_ledger_entry e
      where e.cart_id = ? and e.order_id is null and e.deleted_at is null and e.kind = 'ordered' and e.sales_agreement_line_id = l.id
    ) own on true`
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
${shape & 512 ? "order by a.id limit ?" : "order by a.expiration_date, a.id"}`
  return sql
}
