import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ActualMovement, computeLedgerDrift, ExpectedMovement, LedgerDrift } from "../../domain/ledger/compute-ledger-drift"
import { computeLineAmount } from "../../domain/pricing/compute-agreement-price"
import { toDecimal } from "../../domain/money/decimal"
import { SALES_AGREEMENT_MODULE } from "../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../modules/sales-agreement/service"
import type { LedgerEntryInput } from "../../types"
import { attachCheckoutReservationsWorkflow, releaseCheckoutReservationsWorkflow } from "../../workflows"
import { createThrottledProgress, describeProgress } from "./progress"
import { COUNT_LEDGER_BALANCE_DRIFT_SQL, REBUILD_LEDGER_BALANCE_SQL } from "../../modules/sales-agreement/queries/ledger-balance"

export type ReconcileOptions = {
  /** only this order (after an order edit or an admin change to its lines) */
  order_id?: string
  /** write the corrections; without it, only report */
  fix?: boolean
  /** pending checkouts older than this and never completed are released (ms) */
  stale_after_ms?: number
  /** orders per scanned batch (10,000) */
  batch_size?: number
  /** progress messages while scanning: at most one per this many ms (1000) */
  progress_interval_ms?: number
  onProgress?: (message: string) => void
}

export type ReconcileReport = {
  fixed: boolean
  order_lines_checked: number
  ledger_rows_checked: number
  pending: { attached_carts: string[]; released_carts: string[]; waiting_carts: string[] }
  drift: LedgerDrift[]
  corrections_written: number
  /** commitments whose stored balance (sales_agreement_line_balance) differed from their ledger entries; repaired with `fix` */
  balance_drift: number
  duration_ms: number
}

/*
 * Reads Medusa's order tables directly with SQL (PG connection): a
 * maintenance command that must scan every order line quickly, where going
 * module by module would take thousands of round trips. Read-only on them.
 *
 * The scan goes by batches of orders (ranges of order ids, `batch_size`
 * orders each): the three reads of a batch use the order-id indexes, memory
 * stays bounded, and progress can be reported between batches. Ledger rows
 * whose order no longer exists still fall in a range (the first and last
 * ranges are open-ended).
 */
type Range = { eq?: string; after?: string | null; upTo?: string | null }

const rangeSql = (column: string, r: Range): { sql: string; params: string[] } => {
  if (r.eq !== undefined) return { sql: ` and ${column} = ?`, params: [r.eq] }
  const parts: string[] = []
  const params: string[] = []
  if (r.after != null) {
    parts.push(` and ${column} > ?`)
    params.push(r.after)
  }
  if (r.upTo != null) {
    parts.push(` and ${column} <= ?`)
    params.push(r.upTo)
  }
  return { sql: parts.join(""), params }
}

const EXPECTED_ORDERED_SQL = `
select o.id as order_id, o.status, o.currency_code, oli.id as order_line_item_id,
  coalesce(oi.metadata, oli.metadata)->>'sales_agreement_id' as sales_agreement_id,
  coalesce(oi.metadata, oli.metadata)->>'sales_agreement_line_id' as sales_agreement_line_id,
  coalesce(oi.raw_quantity->>'value', oi.quantity::text) as quantity,
  coalesce(oli.raw_unit_price->>'value', oli.unit_price::text) as unit_price
from "order" o
join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
join order_line_item oli on oli.id = oi.item_id and oli.deleted_at is null
where o.deleted_at is null and coalesce(oi.metadata, oli.metadata)->>'sales_agreement_line_id' is not null`

// one row per return and order line (a return may list a line on several items)
const EXPECTED_RETURNED_SQL = (where: string) => `
select r.id as return_id, r.order_id, ri.item_id as order_line_item_id,
  sum(coalesce((ri.raw_received_quantity->>'value')::numeric, ri.received_quantity))::text as received_quantity,
  coalesce(l.linked, true) as linked, l.generation as link_generation
from "return" r
join return_item ri on ri.return_id = r.id and ri.deleted_at is null
left join sales_agreement_return_link l on l.return_id = r.id and l.deleted_at is null
where r.deleted_at is null
  and exists (select 1 from sales_agreement_ledger_entry x where x.order_id = r.order_id and x.deleted_at is null)${where}
group by r.id, r.order_id, ri.item_id, l.linked, l.generation`

const sum = (field: string, kinds: string) =>
  `coalesce(sum(case when e.kind in (${kinds}) then (e.raw_${field}->>'value')::numeric else 0 end), 0)`

const ACTUAL_SQL = (where: string) => `
select e.sales_agreement_id, e.sales_agreement_line_id, e.order_id, e.order_line_item_id, e.return_id, e.currency_code,
  (${sum("quantity", "'ordered'")} - ${sum("quantity", "'reversed'")})::text as ordered_quantity,
  (${sum("amount", "'ordered'")} - ${sum("amount", "'reversed'")})::text as ordered_amount,
  ${sum("quantity", "'returned'")}::text as returned_quantity,
  ${sum("amount", "'returned'")}::text as returned_amount,
  count(*)::int as row_count
from sales_agreement_ledger_entry e
where e.deleted_at is null and e.order_id is not null${where}
group by e.sales_agreement_id, e.sales_agreement_line_id, e.order_id, e.order_line_item_id, e.return_id, e.currency_code`

/** The id `batch` orders after `after` (the inclusive upper end of the next range), or none. */
const NEXT_BOUNDARY_SQL = (hasAfter: boolean) =>
  `select id from "order"${hasAfter ? " where id > ?" : ""} order by id offset ? limit 1`

const PENDING_SQL = `
select e.cart_id, min(e.created_at) as since, max(oc.order_id) as order_id
from sales_agreement_ledger_entry e
left join order_cart oc on oc.cart_id = e.cart_id and oc.deleted_at is null
where e.deleted_at is null and e.order_id is null and e.cart_id is not null
group by e.cart_id`

/** Checkouts of one order whose entries are not attached yet. */
const PENDING_OF_ORDER_SQL = `
select e.cart_id, min(e.created_at) as since, max(oc.order_id) as order_id
from order_cart oc
join sales_agreement_ledger_entry e on e.cart_id = oc.cart_id and e.deleted_at is null and e.order_id is null
where oc.order_id = ? and oc.deleted_at is null
group by e.cart_id`

type BatchResult = { order_lines: number; ledger_rows: number; drift: LedgerDrift[]; corrections: LedgerEntryInput[] }

/** Expected vs actual movements of the orders in one range. */
async function reconcileRange(pg: any, range: Range): Promise<BatchResult> {
  const o = rangeSql("o.id", range)
  // the same range on order_item lets the planner read it by its order_id index
  const oi = rangeSql("oi.order_id", range)
  const e = rangeSql("e.order_id", range)
  const r = rangeSql("r.order_id", range)
  const [ordered, actualRows, returns]: any[][] = await Promise.all([
    pg.raw(EXPECTED_ORDERED_SQL + o.sql + oi.sql, [...o.params, ...oi.params]).then((x: any) => x.rows),
    pg.raw(ACTUAL_SQL(e.sql), e.params).then((x: any) => x.rows),
    pg.raw(EXPECTED_RETURNED_SQL(r.sql), r.params).then((x: any) => x.rows),
  ])

  const expected: ExpectedMovement[] = []
  const lineInfo = new Map<string, any>()
  for (const row of ordered) {
    lineInfo.set(row.order_line_item_id, row)
    const canceled = row.status === "canceled"
    expected.push({
      kind: "ordered",
      sales_agreement_id: row.sales_agreement_id,
      sales_agreement_line_id: row.sales_agreement_line_id,
      order_id: row.order_id,
      order_line_item_id: row.order_line_item_id,
      quantity: canceled ? "0" : String(row.quantity),
      amount: canceled ? "0" : computeLineAmount(String(row.unit_price), String(row.quantity)),
      currency_code: row.currency_code,
    })
  }
  const actual: ActualMovement[] = []
  const actualByLine = new Map<string, any>()
  const rowCount = new Map<string, number>()
  for (const a of actualRows) {
    const k = `${a.order_line_item_id}|${a.return_id ?? ""}`
    rowCount.set(k, (rowCount.get(k) ?? 0) + Number(a.row_count))
    // returned movements always carry their return; ordered / reversed never do
    if (a.return_id) {
      actual.push({ ...a, kind: "returned", quantity: a.returned_quantity, amount: a.returned_amount })
    } else {
      actual.push({ ...a, kind: "ordered", quantity: a.ordered_quantity, amount: a.ordered_amount })
      actualByLine.set(a.order_line_item_id, a)
    }
  }
  const linkGeneration = new Map<string, number>()
  for (const ret of returns) {
    if (ret.link_generation !== null && ret.link_generation !== undefined) {
      linkGeneration.set(`${ret.order_line_item_id}|${ret.return_id}`, Number(ret.link_generation))
    }
    const line = lineInfo.get(ret.order_line_item_id) ?? actualByLine.get(ret.order_line_item_id)
    if (!line || !ret.linked) continue
    const unit = lineInfo.get(ret.order_line_item_id)?.unit_price
    const led = actualByLine.get(ret.order_line_item_id)
    const unitAmount = unit ?? (led && !toDecimal(led.ordered_quantity).isZero() ? toDecimal(led.ordered_amount).div(led.ordered_quantity).toFixed() : "0")
    if (toDecimal(ret.received_quantity).isZero()) continue
    expected.push({
      kind: "returned",
      sales_agreement_id: line.sales_agreement_id,
      sales_agreement_line_id: line.sales_agreement_line_id,
      order_id: ret.order_id,
      order_line_item_id: ret.order_line_item_id,
      return_id: ret.return_id,
      quantity: String(ret.received_quantity),
      amount: computeLineAmount(String(unitAmount), String(ret.received_quantity)),
      currency_code: line.currency_code,
    })
  }
  const drift = computeLedgerDrift(expected, actual)
  const corrections: LedgerEntryInput[] = drift.map((d) => {
    const q = toDecimal(d.quantity_delta)
    const a = toDecimal(d.amount_delta)
    const reversing = d.kind === "ordered" && (q.lt(0) || (q.isZero() && a.lt(0)))
    // A linked return with nothing recorded is also what the return sync
    // (compute-return-movements) repairs: the same key as its write, so a
    // reconciliation and a sync running at once count the return once.
    const generation = linkGeneration.get(`${d.order_line_item_id}|${d.return_id ?? ""}`)
    const syncKey =
      d.kind === "returned" && generation !== undefined && toDecimal(d.actual_quantity).isZero()
        ? `returned:${d.return_id}:${d.order_line_item_id}:g${generation}:${d.expected_quantity}`
        : null
    return {
      sales_agreement_id: d.sales_agreement_id,
      sales_agreement_line_id: d.sales_agreement_line_id,
      kind: d.kind === "returned" ? "returned" : reversing ? "reversed" : "ordered",
      quantity: (reversing ? q.negated() : q).toFixed(),
      amount: (reversing ? a.negated() : a).toFixed(),
      currency_code: d.currency_code,
      order_id: d.order_id,
      order_line_item_id: d.order_line_item_id,
      return_id: d.return_id,
      // keyed by the target and by how many movements the line had: two runs
      // deciding from the same state write one correction, never two
      idempotency_key:
        syncKey ??
        `reconcile:${d.kind}:${d.order_line_item_id}:${d.return_id ?? ""}:${d.expected_quantity}:${d.expected_amount}:${rowCount.get(`${d.order_line_item_id}|${d.return_id ?? ""}`) ?? 0}`,
      metadata: { reconciled: true },
    }
  })
  return { order_lines: ordered.length, ledger_rows: actualRows.length, drift, corrections }
}

/**
 * Recomputes every commitment balance from the orders and compares it with
 * the ledger: checkouts whose order was placed but never attached (a crash),
 * checkouts that never became orders, missing or extra ordered / reversed /
 * returned movements. With `fix`, attaches, releases and writes the
 * corrections (idempotent keys, so a second run writes nothing). Progress
 * (at most one message per `progress_interval_ms` while scanning) goes to
 * `onProgress`.
 */
export async function reconcileLedger(container: MedusaContainer, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const started = Date.now()
  const progress = createThrottledProgress(options.onProgress, { intervalMs: options.progress_interval_ms ?? 1000 })
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const staleAfter = options.stale_after_ms ?? 30 * 60 * 1000
  const batchSize = Math.max(1, Math.floor(options.batch_size ?? 10_000))

  const pendingRows: { cart_id: string; since: Date; order_id: string | null }[] = options.order_id
    ? (await pg.raw(PENDING_OF_ORDER_SQL, [options.order_id])).rows
    : (await pg.raw(PENDING_SQL)).rows
  const pending = { attached_carts: [] as string[], released_carts: [] as string[], waiting_carts: [] as string[] }
  for (const p of pendingRows) {
    if (p.order_id) {
      pending.attached_carts.push(p.cart_id)
      if (options.fix) await attachCheckoutReservationsWorkflow(container).run({ input: { cart_id: p.cart_id } })
    } else if (Date.now() - new Date(p.since).getTime() > staleAfter) {
      pending.released_carts.push(p.cart_id)
      if (options.fix) await releaseCheckoutReservationsWorkflow(container).run({ input: { cart_id: p.cart_id } })
    } else {
      pending.waiting_carts.push(p.cart_id)
    }
  }
  if (!options.order_id) {
    progress.always(
      `pending checkouts: ${pending.attached_carts.length} to attach, ${pending.released_carts.length} to release, ${pending.waiting_carts.length} in progress`
    )
  }

  const drift: LedgerDrift[] = []
  const corrections: LedgerEntryInput[] = []
  let orderLines = 0
  let ledgerRows = 0
  const absorb = (b: BatchResult) => {
    drift.push(...b.drift)
    corrections.push(...b.corrections)
    orderLines += b.order_lines
    ledgerRows += b.ledger_rows
  }
  if (options.order_id) {
    absorb(await reconcileRange(pg, { eq: options.order_id }))
  } else {
    const total = Number((await pg.raw(`select count(*)::int as n from "order"`)).rows[0].n)
    const scanStarted = Date.now()
    progress.always(`scanning ${total.toLocaleString("en-US")} orders, ${batchSize.toLocaleString("en-US")} per batch`)
    let after: string | null = null
    let scanned = 0
    for (;;) {
      const next: { id: string }[] = (await pg.raw(NEXT_BOUNDARY_SQL(after !== null), [...(after !== null ? [after] : []), batchSize - 1])).rows
      const upTo = next[0]?.id ?? null
      absorb(await reconcileRange(pg, { after, upTo }))
      scanned = upTo === null ? total : scanned + batchSize
      const last = upTo === null
      progress.tick(
        () =>
          `orders ${describeProgress(Math.min(scanned, total), total, Date.now() - scanStarted)}: ` +
          `${orderLines.toLocaleString("en-US")} linked order lines, ${ledgerRows.toLocaleString("en-US")} ledger groups, drift on ${drift.length.toLocaleString("en-US")}`,
        last
      )
      if (last) break
      after = upTo
    }
  }
  drift.sort((x, y) => (x.order_id + x.order_line_item_id + x.kind).localeCompare(y.order_id + y.order_line_item_id + y.kind))

  // attaching changed the ledger: measure again before writing corrections
  if (options.fix && pending.attached_carts.length && !(options as any)._again) {
    progress.always(`attached ${pending.attached_carts.length} checkout(s): measuring again`)
    return await reconcileLedger(container, { ...options, _again: true } as ReconcileOptions).then((r) => ({
      ...r,
      pending: { ...r.pending, attached_carts: pending.attached_carts, released_carts: pending.released_carts },
      duration_ms: Date.now() - started,
    }))
  }
  let written = 0
  if (options.fix && corrections.length) {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    for (let i = 0; i < corrections.length; i += 500) {
      const { inserted_ids } = await service.recordLedgerEntries(corrections.slice(i, i + 500))
      written += inserted_ids.length
      const done = Math.min(i + 500, corrections.length)
      progress.tick(() => `corrections ${done.toLocaleString("en-US")}/${corrections.length.toLocaleString("en-US")}`, done === corrections.length)
    }
  }
  // the balances kept beside the ledger by triggers: they can only drift if the triggers were bypassed
  let balanceDrift = 0
  if (!options.order_id) {
    balanceDrift = Number((await pg.raw(COUNT_LEDGER_BALANCE_DRIFT_SQL)).rows[0].drift)
    progress.always(`commitment balances: ${balanceDrift.toLocaleString("en-US")} differ from their ledger entries`)
    if (options.fix && balanceDrift) {
      await pg.transaction(async (trx: any) => {
        await trx.raw(`lock table sales_agreement_ledger_entry in share mode`)
        await trx.raw(REBUILD_LEDGER_BALANCE_SQL)
      })
    }
  }
  return {
    fixed: !!options.fix,
    balance_drift: balanceDrift,
    order_lines_checked: orderLines,
    ledger_rows_checked: ledgerRows,
    pending,
    drift,
    corrections_written: written,
    duration_ms: Date.now() - started,
  }
}
