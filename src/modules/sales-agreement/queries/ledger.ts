/** SQL of the fulfillment ledger: lock commitments, sum their movements, append entries. */

/** `?, ?, ?` for a list bound element by element (knex expands arrays into lists). */
export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ")

export const LOCK_COMMITMENTS_SQL = (n: number) => `
select l.id, l.line_number, l.commitment_type, l.max_enforced,
  (l.raw_quantity->>'value') as quantity, (l.raw_amount->>'value') as amount
from sales_agreement_line l
where l.id in (${placeholders(n)}) and l.deleted_at is null
order by l.id
for update`

const sum = (field: string, kind: string) =>
  `coalesce(sum((e.raw_${field}->>'value')::numeric) filter (where e.kind = '${kind}'), 0)`

export const NET_CONSUMPTION_SQL = (n: number) => `
select e.sales_agreement_line_id as id,
  (${sum("quantity", "ordered")} - ${sum("quantity", "reversed")} - ${sum("quantity", "returned")})::text as net_quantity,
  (${sum("amount", "ordered")} - ${sum("amount", "reversed")} - ${sum("amount", "returned")})::text as net_amount
from sales_agreement_ledger_entry e
where e.sales_agreement_line_id in (${placeholders(n)}) and e.deleted_at is null
group by e.sales_agreement_line_id`

export const EXISTING_KEYS_SQL = (n: number) => `
select idempotency_key from sales_agreement_ledger_entry
where idempotency_key in (${placeholders(n)}) and deleted_at is null`

export const LEDGER_COLUMNS = [
  "id",
  "sales_agreement_id",
  "sales_agreement_line_id",
  "kind",
  "cart_id",
  "cart_line_item_id",
  "order_id",
  "order_line_item_id",
  "return_id",
  "quantity",
  "raw_quantity",
  "amount",
  "raw_amount",
  "currency_code",
  "idempotency_key",
  "metadata",
] as const
