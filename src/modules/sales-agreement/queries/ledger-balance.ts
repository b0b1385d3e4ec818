/**
 * Each commitment's running balance, kept by the database beside the ledger
 * (`sales_agreement_line_balance`, one row per commitment that has movements).
 * Triggers on `sales_agreement_ledger_entry` apply every insert, soft delete,
 * restore and quantity change to it in the same transaction, whoever writes
 * (the plugin, the reconciliation, a migration or hand-written SQL), so the
 * balance is always the sum of the live entries without summing them: pricing
 * reads it in O(1) per commitment, and the checkout's check-and-write holds a
 * commitment's lock for a few statements whatever the ledger's length.
 * Created by Migration20261206100000 (which also fills it from the ledger).
 */

/** The signed contribution of one entry (`m`, with a `sign` column) to the four figures. */
const CONTRIBUTION = {
  ordered_quantity: `case m.kind when 'ordered' then m.sign * (m.raw_quantity->>'value')::numeric when 'reversed' then -m.sign * (m.raw_quantity->>'value')::numeric else 0 end`,
  ordered_amount: `case m.kind when 'ordered' then m.sign * (m.raw_amount->>'value')::numeric when 'reversed' then -m.sign * (m.raw_amount->>'value')::numeric else 0 end`,
  returned_quantity: `case m.kind when 'returned' then m.sign * (m.raw_quantity->>'value')::numeric else 0 end`,
  returned_amount: `case m.kind when 'returned' then m.sign * (m.raw_amount->>'value')::numeric else 0 end`,
}
const FIGURES = Object.keys(CONTRIBUTION) as (keyof typeof CONTRIBUTION)[]

/** One trigger per kind of write, each applying the rows it saw (transition tables), commitments in id order (no deadlock between writers). */
const TRIGGERS = [
  { op: "insert", referencing: "new table as new_rows", source: "select 1 as sign, * from new_rows" },
  { op: "update", referencing: "old table as old_rows new table as new_rows", source: "select -1 as sign, * from old_rows union all select 1 as sign, * from new_rows" },
  { op: "delete", referencing: "old table as old_rows", source: "select -1 as sign, * from old_rows" },
]

export const CREATE_LEDGER_BALANCE_SQL = `
create table if not exists sales_agreement_line_balance (
  sales_agreement_line_id text not null primary key,
  ordered_quantity numeric not null default 0,
  ordered_amount numeric not null default 0,
  returned_quantity numeric not null default 0,
  returned_amount numeric not null default 0
);
comment on table sales_agreement_line_balance is 'Per commitment: ordered − reversed, and returned, over live ledger entries. Kept by triggers on sales_agreement_ledger_entry; never written directly.';

${TRIGGERS.map(
  ({ op, source, referencing }) => `create or replace function sales_agreement_ledger_balance_${op}() returns trigger language plpgsql as $fn$
begin
  insert into sales_agreement_line_balance as b (sales_agreement_line_id, ${FIGURES.join(", ")})
  select m.sales_agreement_line_id, ${FIGURES.map((f) => `sum(${CONTRIBUTION[f]})`).join(", ")}
  from (${source}) m
  where m.deleted_at is null
  group by m.sales_agreement_line_id
  having ${FIGURES.map((f) => `sum(${CONTRIBUTION[f]}) <> 0`).join(" or ")}
  order by m.sales_agreement_line_id
  on conflict (sales_agreement_line_id) do update set ${FIGURES.map((f) => `${f} = b.${f} + excluded.${f}`).join(", ")};
  return null;
end
$fn$;
drop trigger if exists sales_agreement_ledger_balance_${op} on sales_agreement_ledger_entry;
create trigger sales_agreement_ledger_balance_${op} after ${op} on sales_agreement_ledger_entry
  referencing ${referencing} for each statement execute function sales_agreement_ledger_balance_${op}();`
).join("\n")}
`

/** Commitments whose stored balance differs from the sum of their live entries, with the right figures. */
const BALANCES_TO_REPAIR = `
with sums as (
  select m.sales_agreement_line_id, ${FIGURES.map((f) => `sum(${CONTRIBUTION[f]}) as ${f}`).join(", ")}
  from (select 1 as sign, * from sales_agreement_ledger_entry) m
  where m.deleted_at is null
  group by m.sales_agreement_line_id
), wanted as (
  select coalesce(s.sales_agreement_line_id, b.sales_agreement_line_id) as sales_agreement_line_id,
    ${FIGURES.map((f) => `coalesce(s.${f}, 0) as ${f}`).join(", ")}
  from sums s full join sales_agreement_line_balance b on b.sales_agreement_line_id = s.sales_agreement_line_id
  where b.sales_agreement_line_id is null or ${FIGURES.map((f) => `b.${f} <> coalesce(s.${f}, 0)`).join(" or ")}
)`

/** How many commitments' stored balances differ from their ledger entries (the reconciliation's check). */
export const COUNT_LEDGER_BALANCE_DRIFT_SQL = `${BALANCES_TO_REPAIR}
select count(*)::int as drift from wanted`

/**
 * Recomputes every balance from the live ledger entries and writes the ones
 * that differ (the migration's fill, and the reconciliation's repair); answers
 * the number of commitments repaired. Run it with writers to the ledger held
 * off (`lock table sales_agreement_ledger_entry in share mode`) for an exact
 * result under load.
 */
export const REBUILD_LEDGER_BALANCE_SQL = `${BALANCES_TO_REPAIR}, written as (
  insert into sales_agreement_line_balance as b (sales_agreement_line_id, ${FIGURES.join(", ")})
  select * from wanted order by sales_agreement_line_id
  on conflict (sales_agreement_line_id) do update set ${FIGURES.map((f) => `${f} = excluded.${f}`).join(", ")}
  returning 1
)
select count(*)::int as repaired from written`

export const DROP_LEDGER_BALANCE_SQL = `
${TRIGGERS.map(({ op }) => `drop trigger if exists sales_agreement_ledger_balance_${op} on sales_agreement_ledger_entry;
drop function if exists sales_agreement_ledger_balance_${op}();`).join("\n")}
drop table if exists sales_agreement_line_balance;`
