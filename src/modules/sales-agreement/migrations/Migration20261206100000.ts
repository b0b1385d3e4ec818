import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { CREATE_LEDGER_BALANCE_SQL, DROP_LEDGER_BALANCE_SQL, REBUILD_LEDGER_BALANCE_SQL } from "../queries/ledger-balance";
import { CREATE_RECORD_LEDGER_FUNCTION_SQL } from "../queries/ledger";

/**
 * Each commitment's balance kept beside the ledger by triggers (see
 * queries/ledger-balance.ts), filled from the existing entries; the ledger's
 * check-and-write reads it instead of summing the entries.
 */
/** The check-and-write as it was before (summing the entries), restored by `down`. */
const PREVIOUS_RECORD_LEDGER_FUNCTION_SQL = `
create or replace function sales_agreement_record_ledger(p_line_ids text[], p_entries jsonb, p_enforce boolean)
returns jsonb language plpgsql volatile as $fn$
declare
  v_result jsonb;
begin
  perform 1 from sales_agreement_line where id = any(p_line_ids) and deleted_at is null order by id for update;

  if p_enforce then
    with fresh as (select r.* from jsonb_populate_recordset(null::sales_agreement_ledger_entry, p_entries) r
       where not exists (select 1 from sales_agreement_ledger_entry x where x.idempotency_key = r.idempotency_key and x.deleted_at is null)), nets as (
      select e.sales_agreement_line_id as id,
        coalesce(sum((e.raw_quantity->>'value')::numeric) filter (where e.kind = 'ordered'), 0)
          - coalesce(sum((e.raw_quantity->>'value')::numeric) filter (where e.kind in ('reversed', 'returned')), 0) as net_quantity,
        coalesce(sum((e.raw_amount->>'value')::numeric) filter (where e.kind = 'ordered'), 0)
          - coalesce(sum((e.raw_amount->>'value')::numeric) filter (where e.kind in ('reversed', 'returned')), 0) as net_amount
      from sales_agreement_ledger_entry e
      where e.sales_agreement_line_id = any(p_line_ids) and e.deleted_at is null
      group by e.sales_agreement_line_id
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
    if v_result is not null then
      return v_result;
    end if;
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

export class Migration20261206100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`lock table "sales_agreement_ledger_entry" in share mode;`);
    this.addSql(CREATE_LEDGER_BALANCE_SQL);
    this.addSql(REBUILD_LEDGER_BALANCE_SQL);
    this.addSql(CREATE_RECORD_LEDGER_FUNCTION_SQL);
  }

  override async down(): Promise<void> {
    this.addSql(PREVIOUS_RECORD_LEDGER_FUNCTION_SQL);
    this.addSql(DROP_LEDGER_BALANCE_SQL);
  }

}
