import type { ExecArgs } from "@medusajs/framework/types"
import { reconcileLedger } from "../lib/reconcile/reconcile-ledger"

/**
 * `npx medusa exec <path>/reconcile-ledger.js [fix] [batch-size=N]` (the Medusa
 * CLI refuses unknown `--options`; this repo: `npm run reconcile -- [--fix]`):
 * recomputes every commitment balance from the orders, prints the drift, and
 * writes the corrections only with fix. Progress goes to stderr (about once a
 * second while scanning), the report to stdout.
 */
export default async function reconcile({ container, args }: ExecArgs) {
  const argv = (args ?? []).map((a) => String(a).replace(/^--?/, ""))
  const fix = argv.includes("fix")
  const batchArg = argv.find((a) => a.startsWith("batch-size="))
  const batchSize = batchArg ? Number(batchArg.split("=")[1]) : undefined
  if (batchArg && !(Number.isInteger(batchSize) && batchSize! > 0)) {
    console.error(`[reconcile] batch-size must be a positive integer (got "${batchArg.split("=")[1]}")`)
    process.exitCode = 2
    return
  }
  const started = Date.now()
  const report = await reconcileLedger(container, {
    fix,
    batch_size: batchSize,
    onProgress: (message) => process.stderr.write(`[reconcile +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`),
  })
  const { pending, drift } = report
  console.log(
    `[reconcile] ${report.order_lines_checked} order lines, ${report.ledger_rows_checked} ledger groups checked in ${report.duration_ms} ms`
  )
  console.log(
    `[reconcile] pending checkouts: ${pending.attached_carts.length} placed but not attached, ${pending.released_carts.length} abandoned, ${pending.waiting_carts.length} in progress`
  )
  if (report.balance_drift) {
    console.log(
      `[reconcile] commitment balances: ${report.balance_drift} differ from their ledger entries${fix ? " (recomputed from the ledger)" : ""}`
    )
  }
  if (!drift.length && !report.balance_drift) {
    console.log("[reconcile] no drift")
  } else if (!drift.length) {
    console.log("[reconcile] no drift between the orders and the ledger")
  } else {
    console.log(`[reconcile] drift on ${drift.length} order line(s):`)
    console.table(
      drift.slice(0, 50).map((d) => ({
        kind: d.kind,
        order: d.order_id,
        line: d.order_line_item_id,
        return: d.return_id ?? "",
        expected_qty: d.expected_quantity,
        ledger_qty: d.actual_quantity,
        expected_amount: d.expected_amount,
        ledger_amount: d.actual_amount,
      }))
    )
    if (drift.length > 50) console.log(`[reconcile] … and ${drift.length - 50} more`)
  }
  console.log(fix ? `[reconcile] fixed: ${report.corrections_written} correction(s) written` : "[reconcile] dry run: run with --fix (medusa exec: fix) to repair")
}
