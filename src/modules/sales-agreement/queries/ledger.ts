/** SQL of the fulfillment ledger's check-and-write (the function is created by Migration20261202031000). */

/**
 * One call: lock the commitments (in id order), skip keys already in the
 * ledger, check max-enforced commitments against their balance, append the
 * entries. Bindings: the commitment ids (JSON array), the entries (JSON array
 * of ledger rows), whether to enforce maxima.
 */
export const RECORD_LEDGER_SQL = `
select sales_agreement_record_ledger(array(select jsonb_array_elements_text(?::jsonb)), ?::jsonb, ?) as result`

/** What `sales_agreement_record_ledger` answers. */
export type RecordLedgerCallResult = {
  /** set when a max-enforced commitment would be exceeded (nothing was written) */
  commitments?: {
    id: string
    line_number: number
    commitment_type: "product_quantity" | "product_value" | "product_category_value" | "value"
    max_enforced: boolean
    quantity: string | null
    amount: string | null
    net_quantity: string
    net_amount: string
  }[]
  requests?: { commitment_id: string; quantity: string; amount: string }[]
  inserted?: { id: string; idempotency_key: string }[]
}

/**
 * The ledger's check-and-write as one server-side call, sent on its own (its
 * own transaction, committed by the server as the call ends), so a
 * commitment's row lock lasts while the call runs in the database and never
 * spans a round trip to the app. The balance comes from
 * `sales_agreement_line_balance` (kept by triggers, see ledger-balance.ts)
 * instead of a sum over the commitment's entries. Each statement of a PL/pgSQL function takes a fresh
 * snapshot: the balance read after the lock sees every entry committed by the
 * transaction it waited for (a single CTE statement would not: its snapshot
 * predates the lock wait). Returns the locked commitments with their balance
 * and the fresh requests (entries must have unique keys) when a max-enforced commitment would be exceeded
 * (nothing written; the caller words the error), else the inserted entries.
 */
export const CREATE_RECORD_LEDGER_FUNCTION_SQL = `
create or replace function sales_agreement_record_ledger(p_line_ids text[], p_entries jsonb, p_enforce boolean)
returns jsonb language plpgsql volatile as $fn$
declare
  v_result jsonb;
begin
  perform 1 from sales_agreement_line where id = any(p_line_ids) and deleted_at is null order by id for update;

  -- fast check first (no JSON built); the details below are only gathered for the refusal
  if p_enforce and exists (
    select 1
    from (
      select r.sales_agreement_line_id as id, sum(r.quantity) as quantity, sum(r.amount) as amount
      from jsonb_to_recordset(p_entries) as r(sales_agreement_line_id text, kind text, quantity numeric, amount numeric, idempotency_key text)
      where r.kind = 'ordered'
        and not exists (select 1 from sales_agreement_ledger_entry x where x.idempotency_key = r.idempotency_key and x.deleted_at is null)
      group by r.sales_agreement_line_id
    ) w
    join sales_agreement_line l on l.id = w.id and l.deleted_at is null and l.max_enforced
    left join sales_agreement_line_balance b on b.sales_agreement_line_id = l.id
    where case when l.commitment_type = 'product_quantity'
      then l.raw_quantity is not null and w.quantity > (l.raw_quantity->>'value')::numeric - coalesce(b.ordered_quantity - b.returned_quantity, 0)
      else l.raw_amount is not null and w.amount > (l.raw_amount->>'value')::numeric - coalesce(b.ordered_amount - b.returned_amount, 0) end
  ) then
    with fresh as (select r.* from jsonb_populate_recordset(null::sales_agreement_ledger_entry, p_entries) r
       where not exists (select 1 from sales_agreement_ledger_entry x where x.idempotency_key = r.idempotency_key and x.deleted_at is null)), nets as (
      select b.sales_agreement_line_id as id,
        b.ordered_quantity - b.returned_quantity as net_quantity, b.ordered_amount - b.returned_amount as net_amount
      from sales_agreement_line_balance b
      where b.sales_agreement_line_id = any(p_line_ids)
    ), wanted as (
      select f.sales_agreement_line_id as id, sum(f.quantity) as quantity, sum(f.amount) as amount
      from fresh f where f.kind = 'ordered'
      group by f.sales_agreement_line_id
    ), commitments as (
      select l.id, l.line_number, l.commitment_type, l.max_enforced,
        (l.raw_quantity->>'value') as quantity, (l.raw_amount->>'value') as amount,
        coalesce(n.net_quantity, 0)::text as net_quantity, coalesce(n.net_amount, 0)::text as net_amount,
        (l.max_enforced and w.id is not null and case when l.commitment_type = 'product_quantity'
          then l.raw_quantity is not null and w.quantity > (l.raw_quantity->>'value')::numeric - coalesce(n.net_quantity, 0)
          else l.raw_amount is not null and w.amount > (l.raw_amount->>'value')::numeric - coalesce(n.net_amount, 0) end) as exceeded
      from sales_agreement_line l
      left join nets n on n.id = l.id
      left join wanted w on w.id = l.id
      where l.id = any(p_line_ids) and l.deleted_at is null
    )
    select case when bool_or(c.exceeded) then jsonb_build_object(
        'commitments', jsonb_agg(to_jsonb(c) - 'exceeded'),
        'requests', (select coalesce(jsonb_agg(jsonb_build_object('commitment_id', f.sales_agreement_line_id, 'quantity', f.quantity::text, 'amount', f.amount::text)), '[]'::jsonb)
                     from fresh f where f.kind = 'ordered'))
      end
    into v_result
    from commitments c;
    return v_result;
  end if;

  with ins as (
    insert into sales_agreement_ledger_entry (id, sales_agreement_id, sales_agreement_line_id, kind, cart_id, cart_line_item_id,
      order_id, order_line_item_id, return_id, quantity, raw_quantity, amount, raw_amount, currency_code, idempotency_key, metadata)
    select id, sales_agreement_id, sales_agreement_line_id, kind, cart_id, cart_line_item_id,
      order_id, order_line_item_id, return_id, quantity, raw_quantity, amount, raw_amount, currency_code, idempotency_key, metadata
    from jsonb_populate_recordset(null::sales_agreement_ledger_entry, p_entries) r
    where not exists (select 1 from sales_agreement_ledger_entry x where x.idempotency_key = r.idempotency_key and x.deleted_at is null)
    on conflict (idempotency_key) where deleted_at is null do nothing
    returning id, idempotency_key
  )
  select jsonb_build_object('inserted', coalesce(jsonb_agg(jsonb_build_object('id', id, 'idempotency_key', idempotency_key)), '[]'::jsonb))
  into v_result from ins;
  return v_result;
end
$fn$;`

export const DROP_RECORD_LEDGER_FUNCTION_SQL = `drop function if exists sales_agreement_record_ledger(text[], jsonb, boolean);`
