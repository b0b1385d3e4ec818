import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ActualMovement, computeLedgerDrift, ExpectedMovement, LedgerDrift } from "../../domain/ledger/compute-ledger-drift"
import { computeLineAmount } from "../../domain/pricing/compute-agreement-price"
import { toDecimal } from "../../domain/money/decimal"
import { SALES_AGREEMENT_MODULE } from "../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../modules/sales-agreement/service"
import type { LedgerEntryInput } from "../../types"
import { attachCheckoutReservationsWorkflow, releaseCheckoutReservationsWorkflow } from "../../workflows"

export type ReconcileOptions = {
  /** only this order (after an order edit or an admin change to its lines) */
  order_id?: string
  /** write the corrections; without it, only report */
  fix?: boolean
  /** pending checkouts older than this and never completed are released (ms) */
  stale_after_ms?: number
  onProgress?: (message: string) => void
}

export type ReconcileReport = {
  fixed: boolean
  order_lines_checked: number
  ledger_rows_checked: number
  pending: { attached_carts: string[]; released_carts: string[]; waiting_carts: string[] }
  drift: LedgerDrift[]
  corrections_written: number
  duration_ms: number
}

/*
 * Reads Medusa's order tables directly with SQL (PG connection): a
 * maintenance command that must scan every order line quickly, where going
 * module by module would take thousands of round trips. Read-only on them.
 */
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

const EXPECTED_RETURNED_SQL = `
select r.id as return_id, r.order_id, ri.item_id as order_line_item_id,
  coalesce(ri.raw_received_quantity->>'value', ri.received_quantity::text) as received_quantity,
  coalesce(l.linked, true) as linked
from "return" r
join return_item ri on ri.return_id = r.id and ri.deleted_at is null
left join sales_agreement_return_link l on l.return_id = r.id and l.deleted_at is null
where r.deleted_at is null and r.order_id in (select distinct order_id from sales_agreement_ledger_entry where order_id is not null and deleted_at is null)`

const sum = (field: string, kinds: string) =>
  `coalesce(sum(case when e.kind in (${kinds}) then (e.raw_${field}->>'value')::numeric else 0 end), 0)`

const ACTUAL_SQL = `
select e.sales_agreement_id, e.sales_agreement_line_id, e.order_id, e.order_line_item_id, e.return_id, e.currency_code,
  (${sum("quantity", "'ordered'")} - ${sum("quantity", "'reversed'")})::text as ordered_quantity,
  (${sum("amount", "'ordered'")} - ${sum("amount", "'reversed'")})::text as ordered_amount,
  ${sum("quantity", "'returned'")}::text as returned_quantity,
  ${sum("amount", "'returned'")}::text as returned_amount,
  count(*)::int as row_count
from sales_agreement_ledger_entry e
where e.deleted_at is null and e.order_id is not null
group by e.sales_agreement_id, e.sales_agreement_line_id, e.order_id, e.order_line_item_id, e.return_id, e.currency_code`

const PENDING_SQL = `
select e.cart_id, min(e.created_at) as since, max(oc.order_id) as order_id
from sales_agreement_ledger_entry e
left join order_cart oc on oc.cart_id = e.cart_id and oc.deleted_at is null
where e.deleted_at is null and e.order_id is null and e.cart_id is not null
group by e.cart_id`

/**
 * Recomputes every commitment balance from the orders and compares it with
 * the ledger: checkouts whose order was placed but never attached (a crash),
 * checkouts that never became orders, missing or extra ordered / reversed /
 * returned movements. With `fix`, attaches, releases and writes the
 * corrections (idempotent keys, so a second run writes nothing).
 */
export async function reconcileLedger(container: MedusaContainer, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const started = Date.now()
  const log = options.onProgress ?? (() => undefined)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const staleAfter = options.stale_after_ms ?? 30 * 60 * 1000

  const byOrder = options.order_id ? [options.order_id] : []
  const pendingRows: { cart_id: string; since: Date; order_id: string | null }[] = options.order_id
    ? []
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
  log(`pending checkouts: ${pending.attached_carts.length} to attach, ${pending.released_carts.length} to release, ${pending.waiting_carts.length} in progress`)

  const ordered: any[] = (await pg.raw(EXPECTED_ORDERED_SQL + (options.order_id ? " and o.id = ?" : ""), byOrder)).rows
  log(`order lines under agreements: ${ordered.length}`)
  const actualRows: any[] = (
    await pg.raw(
      options.order_id ? ACTUAL_SQL.replace("where e.deleted_at is null and e.order_id is not null", "where e.deleted_at is null and e.order_id = ?") : ACTUAL_SQL,
      byOrder
    )
  ).rows
  log(`ledger groups: ${actualRows.length}`)
  const returns: any[] = (await pg.raw(EXPECTED_RETURNED_SQL + (options.order_id ? " and r.order_id = ?" : ""), byOrder)).rows

  const expected: ExpectedMovement[] = []
  const lineInfo = new Map<string, any>()
  let done = 0
  for (const r of ordered) {
    lineInfo.set(r.order_line_item_id, r)
    const canceled = r.status === "canceled"
    expected.push({
      kind: "ordered",
      sales_agreement_id: r.sales_agreement_id,
      sales_agreement_line_id: r.sales_agreement_line_id,
      order_id: r.order_id,
      order_line_item_id: r.order_line_item_id,
      quantity: canceled ? "0" : String(r.quantity),
      amount: canceled ? "0" : computeLineAmount(String(r.unit_price), String(r.quantity)),
      currency_code: r.currency_code,
    })
    if (++done % 20000 === 0) log(`  ${done}/${ordered.length} order lines`)
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
  for (const r of returns) {
    const line = lineInfo.get(r.order_line_item_id) ?? actualByLine.get(r.order_line_item_id)
    if (!line || !r.linked) continue
    const unit = lineInfo.get(r.order_line_item_id)?.unit_price
    const led = actualByLine.get(r.order_line_item_id)
    const unitAmount = unit ?? (led && !toDecimal(led.ordered_quantity).isZero() ? toDecimal(led.ordered_amount).div(led.ordered_quantity).toFixed() : "0")
    if (toDecimal(r.received_quantity).isZero()) continue
    expected.push({
      kind: "returned",
      sales_agreement_id: line.sales_agreement_id,
      sales_agreement_line_id: line.sales_agreement_line_id,
      order_id: r.order_id,
      order_line_item_id: r.order_line_item_id,
      return_id: r.return_id,
      quantity: String(r.received_quantity),
      amount: computeLineAmount(String(unitAmount), String(r.received_quantity)),
      currency_code: line.currency_code,
    })
  }
  const drift = computeLedgerDrift(expected, actual)
  // attaching changed the ledger: measure again before writing corrections
  if (options.fix && pending.attached_carts.length && !(options as any)._again) {
    return await reconcileLedger(container, { ...options, _again: true } as ReconcileOptions).then((r) => ({
      ...r,
      pending: { ...r.pending, attached_carts: pending.attached_carts, released_carts: pending.released_carts },
      duration_ms: Date.now() - started,
    }))
  }
  let written = 0
  if (options.fix && drift.length) {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const corrections: LedgerEntryInput[] = drift.map((d) => {
      const q = toDecimal(d.quantity_delta)
      const a = toDecimal(d.amount_delta)
      const reversing = d.kind === "ordered" && (q.lt(0) || (q.isZero() && a.lt(0)))
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
        idempotency_key: `reconcile:${d.kind}:${d.order_line_item_id}:${d.return_id ?? ""}:${d.expected_quantity}:${d.expected_amount}:${rowCount.get(`${d.order_line_item_id}|${d.return_id ?? ""}`) ?? 0}`,
        metadata: { reconciled: true },
      }
    })
    for (let i = 0; i < corrections.length; i += 500) {
      const { inserted_ids } = await service.recordLedgerEntries(corrections.slice(i, i + 500))
      written += inserted_ids.length
      log(`  corrections ${Math.min(i + 500, corrections.length)}/${corrections.length}`)
    }
  }
  return {
    fixed: !!options.fix,
    order_lines_checked: ordered.length,
    ledger_rows_checked: actualRows.length,
    pending,
    drift,
    corrections_written: written,
    duration_ms: Date.now() - started,
  }
}
