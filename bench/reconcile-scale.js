"use strict"

/**
 * Benchmark 5: the ledger reconciliation (src/lib/reconcile/reconcile-ledger.ts,
 * what `npm run reconcile` runs) over 100k ledger entries.
 *
 * Data, generated with `generate_series` straight into Medusa's order tables
 * (`order`, `order_line_item`, `order_item`, `return`, `return_item`) and the
 * plugin's tables, shaped like what a checkout, a cancellation and a return
 * write (line metadata `sales_agreement_id` / `sales_agreement_line_id`, exact
 * decimal prices with their raw_* jsonb twins):
 *   - 100 agreements of 10 commitments for customers of their own;
 *   - orders of 2 linked lines (quantities 2..9, unit prices with cents), one
 *     `ordered` entry per line (amount = unit price × quantity);
 *   - every 10th order canceled, with a `reversed` entry per line;
 *   - 3 orders in 10 with a return of 1 unit of line 1, received 30 days ago
 *     (outside the window of the plugin's scheduled return sync, which would
 *     otherwise repair the injected drift behind the benchmark's back), and its
 *     `returned` entry;
 *   so 2.5 entries per order: 40,000 orders for 100,000 entries.
 * The rows sit beside whatever the earlier benchmarks placed through the HTTP
 * API (real orders and their ledger), which the reconciliation checks too.
 *
 * Measured: the reconciliation in the app process (dry run, no drift; then
 * with drift injected on 4 × 1 % of the lines: lost ordered writes, wrong
 * quantities, lost returns, lost reversals), the real command
 * (`npm run reconcile`: scripts/reconcile.js → `medusa exec
 * ./src/scripts/reconcile-ledger.ts`, app boot included, its progress lines on
 * stderr captured) without and with drift, the `--fix` run
 * that repairs it, and a last dry run that must find no drift. The plugin's
 * seeded rows are removed afterwards (see CLEANUP_SQL).
 */

const path = require("path")
const { spawn } = require("child_process")
const { performance } = require("perf_hooks")
const { median } = require("./lib/stats")

const REPO_ROOT = path.resolve(__dirname, "..")
const AGREEMENTS = 100
const LINES_PER_AGREEMENT = 10
/** entries per order: 2 ordered + 0.2 reversed (1 in 10 canceled, 2 lines) + 0.3 returned */
const ENTRIES_PER_ORDER = 2.5

const pad = (expr, n = 6) => `lpad((${expr})::text, ${n}, '0')`
const rawOf = (expr) => `jsonb_build_object('value', (${expr})::text, 'precision', 20)`

// Which agreement and commitment a generated order line belongs to.
const AGR = (g) => `((${g}) % ${AGREEMENTS}) + 1`
const COMMITMENT = (g, n) => `(((${g}) + (${n})) % ${LINES_PER_AGREEMENT}) + 1`
const UNIT_PRICE = (g, n) => `(10 + ((${g}) % 50) + (${n}) * 0.25 + 0.01)::numeric`
const QUANTITY = (g, n) => `(2 + ((${g}) + (${n})) % 8)::numeric`
const CANCELED = (g) => `((${g}) % 10 = 0)`
const RETURNED = (g) => `((${g}) % 10 in (3, 5, 7))`

const SEED_SQL = [
  [
    "sales_agreement",
    `insert into sales_agreement (id, number, title, customer_id, currency_code, effective_date, expiration_date, status,
       auto_apply, confirmation_status, current_version)
     select 'sagr_rc_' || ${pad("a", 4)}, 'SARC-' || ${pad("a", 4)}, 'Reconcile bench ' || a, 'cus_rc_' || ${pad("a", 4)}, 'eur',
       timestamptz '2024-01-01', timestamptz '2099-12-31', 'effective', false, 'confirmed', 1
     from generate_series(1, ${AGREEMENTS}) a`,
  ],
  [
    "sales_agreement_line",
    `insert into sales_agreement_line (id, line_number, commitment_type, product_variant_id, quantity, unit_label, unit_price,
       price_unit, max_enforced, price_fixed, sales_agreement_id, raw_quantity, raw_unit_price, raw_price_unit)
     select 'sagrl_rc_' || ${pad("a", 4)} || '_' || ${pad("n", 2)}, n, 'product_quantity', 'variant_rc_' || n,
       1000000000, 'pcs', 10, 1, false, false, 'sagr_rc_' || ${pad("a", 4)},
       ${rawOf("1000000000")}, ${rawOf("10")}, ${rawOf("1")}
     from generate_series(1, ${AGREEMENTS}) a cross join generate_series(1, ${LINES_PER_AGREEMENT}) n`,
  ],
  [
    "order",
    `insert into "order" (id, customer_id, version, status, currency_code, email, canceled_at)
     select 'order_rc_' || ${pad("g")}, 'cus_rc_' || ${pad(AGR("g"), 4)}, 1,
       (case when ${CANCELED("g")} then 'canceled' else 'pending' end)::order_status_enum, 'eur', 'rc' || g || '@bench.test',
       case when ${CANCELED("g")} then now() end
     from generate_series($1::int, $2::int) g`,
  ],
  [
    "order_line_item",
    `insert into order_line_item (id, title, variant_id, product_id, unit_price, raw_unit_price, is_custom_price, metadata)
     select 'ordli_rc_' || ${pad("g")} || '_' || n, 'Reconcile bench item ' || n, 'variant_rc_' || ${COMMITMENT("g", "n")},
       'prod_rc', ${UNIT_PRICE("g", "n")}, ${rawOf(UNIT_PRICE("g", "n"))}, true,
       jsonb_build_object('sales_agreement_id', 'sagr_rc_' || ${pad(AGR("g"), 4)},
         'sales_agreement_line_id', 'sagrl_rc_' || ${pad(AGR("g"), 4)} || '_' || ${pad(COMMITMENT("g", "n"), 2)},
         'trade_unit_price', (${UNIT_PRICE("g", "n")} + 1)::text)
     from generate_series($1::int, $2::int) g cross join generate_series(1, 2) n`,
  ],
  [
    "order_item",
    `insert into order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity,
       return_requested_quantity, return_received_quantity, return_dismissed_quantity, written_off_quantity)
     select 'orditem_rc_' || ${pad("g")} || '_' || n, 'order_rc_' || ${pad("g")}, 1, 'ordli_rc_' || ${pad("g")} || '_' || n,
       ${QUANTITY("g", "n")}, ${rawOf(QUANTITY("g", "n"))}, 0, 0, 0, case when n = 1 and ${RETURNED("g")} then 1 else 0 end, 0, 0
     from generate_series($1::int, $2::int) g cross join generate_series(1, 2) n`,
  ],
  [
    "return",
    `insert into "return" (id, order_id, order_version, status, received_at)
     select 'ret_rc_' || ${pad("g")}, 'order_rc_' || ${pad("g")}, 1, 'received'::return_status_enum, now() - interval '30 days'
     from generate_series($1::int, $2::int) g where ${RETURNED("g")}`,
  ],
  [
    "return_item",
    `insert into return_item (id, return_id, item_id, quantity, raw_quantity, received_quantity, raw_received_quantity)
     select 'retitem_rc_' || ${pad("g")}, 'ret_rc_' || ${pad("g")}, 'ordli_rc_' || ${pad("g")} || '_1', 1, ${rawOf("1")}, 1, ${rawOf("1")}
     from generate_series($1::int, $2::int) g where ${RETURNED("g")}`,
  ],
  [
    "sales_agreement_ledger_entry",
    `insert into sales_agreement_ledger_entry (id, sales_agreement_id, sales_agreement_line_id, kind, order_id, order_line_item_id,
       return_id, quantity, amount, currency_code, idempotency_key, raw_quantity, raw_amount)
     select 'sagrle_rc_' || ${pad("g")} || '_' || n || '_' || m.kind, 'sagr_rc_' || ${pad(AGR("g"), 4)},
       'sagrl_rc_' || ${pad(AGR("g"), 4)} || '_' || ${pad(COMMITMENT("g", "n"), 2)}, m.kind, 'order_rc_' || ${pad("g")},
       'ordli_rc_' || ${pad("g")} || '_' || n, case when m.kind = 'returned' then 'ret_rc_' || ${pad("g")} end,
       m.qty, m.qty * ${UNIT_PRICE("g", "n")}, 'eur', 'bench-rc:' || m.kind || ':' || g || ':' || n,
       ${rawOf("m.qty")}, ${rawOf(`m.qty * ${UNIT_PRICE("g", "n")}`)}
     from generate_series($1::int, $2::int) g cross join generate_series(1, 2) n
     cross join lateral (
       select 'ordered' as kind, ${QUANTITY("g", "n")} as qty
       union all select 'reversed', ${QUANTITY("g", "n")} where ${CANCELED("g")}
       union all select 'returned', 1::numeric where n = 1 and ${RETURNED("g")}
     ) m`,
  ],
]

/**
 * Drift injected for the "with drift" runs, each on 1 % of the orders
 * (disjoint sets): what a crash or a lost event leaves behind.
 */
const DRIFT_SQL = [
  [
    "ordered write lost (entry soft-deleted)",
    `update sales_agreement_ledger_entry set deleted_at = now()
     where order_id like 'order_rc_%' and kind = 'ordered' and order_line_item_id like '%\\_1' escape '\\'
       and (substr(order_id, 10)::int) % 100 = 1 and deleted_at is null`,
  ],
  [
    "ordered entry with a wrong quantity (+1)",
    `update sales_agreement_ledger_entry set quantity = quantity + 1,
       raw_quantity = jsonb_build_object('value', ((raw_quantity->>'value')::numeric + 1)::text, 'precision', 20)
     where order_id like 'order_rc_%' and kind = 'ordered' and order_line_item_id like '%\\_2' escape '\\'
       and (substr(order_id, 10)::int) % 100 = 2 and deleted_at is null`,
  ],
  [
    "return never recorded (returned entry soft-deleted)",
    `update sales_agreement_ledger_entry set deleted_at = now()
     where order_id like 'order_rc_%' and kind = 'returned' and (substr(order_id, 10)::int) % 100 = 3 and deleted_at is null`,
  ],
  [
    "cancellation never reversed (reversed entry of line 1 soft-deleted)",
    `update sales_agreement_ledger_entry set deleted_at = now()
     where order_id like 'order_rc_%' and kind = 'reversed' and order_line_item_id like '%\\_1' escape '\\'
       and (substr(order_id, 10)::int) % 100 = 10 and deleted_at is null`,
  ],
]

/*
 * Afterwards the plugin's seeded rows are deleted (the lookup benchmark counts
 * and reads those tables). The seeded Medusa orders stay in the throwaway
 * database: deleting 80k order lines row by row runs Medusa's foreign-key
 * checks (order_item ↔ order_line_item, whose referencing columns have only
 * partial or no indexes) as a sequential scan per row, which takes hours; no
 * later benchmark reads orders.
 */
const CLEANUP_SQL = [
  `delete from sales_agreement_ledger_entry where sales_agreement_id like 'sagr\\_rc\\_%' escape '\\'`,
  `delete from sales_agreement_line where id like 'sagrl\\_rc\\_%' escape '\\'`,
  `delete from sales_agreement where id like 'sagr\\_rc\\_%' escape '\\'`,
]

async function seed(pg, orders, log) {
  const timings = {}
  const chunk = 20_000
  const t0 = performance.now()
  for (const [table, sql] of SEED_SQL) {
    const t = performance.now()
    let rows = 0
    if (sql.includes("$1")) {
      for (let a = 1; a <= orders; a += chunk) {
        rows += (await pg.query(sql, [a, Math.min(orders, a + chunk - 1)])).rowCount
      }
    } else {
      rows = (await pg.query(sql)).rowCount
    }
    timings[table] = { rows, ms: Math.round(performance.now() - t) }
  }
  const t = performance.now()
  await pg.query(`vacuum analyze "order", order_item, order_line_item, "return", return_item, sales_agreement_ledger_entry, sales_agreement_line`)
  timings.vacuum_analyze = { ms: Math.round(performance.now() - t) }
  const seconds = (performance.now() - t0) / 1000
  log(
    `seeded in ${seconds.toFixed(1)} s: ` +
      Object.entries(timings)
        .map(([k, v]) => `${k} ${v.rows !== undefined ? v.rows.toLocaleString("en-US") : ""}${v.rows !== undefined ? " " : ""}(${(v.ms / 1000).toFixed(1)} s)`)
        .join(", ")
  )
  return { seconds: Math.round(seconds * 10) / 10, tables: timings }
}

async function ledgerCounts(pg) {
  const { rows } = await pg.query(
    `select count(*)::int as entries,
       count(*) filter (where sales_agreement_id like 'sagr\\_rc\\_%' escape '\\')::int as seeded,
       count(distinct order_line_item_id)::int as order_lines
     from sales_agreement_ledger_entry where deleted_at is null`
  )
  return rows[0]
}

/** `npm run reconcile -- <args>` (scripts/reconcile.js → medusa exec) against the bench database (DATABASE_URL). */
function runCommand({ env, args, log }) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, [path.join("scripts", "reconcile.js"), ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    const progress = []
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => {
      stderr += d
      for (const line of String(d).split("\n")) {
        if (/^\[reconcile/.test(line)) progress.push({ at_ms: Math.round(performance.now() - t0), line: line.trim() })
      }
    })
    child.once("error", reject)
    child.once("exit", (code) => {
      const seconds = (performance.now() - t0) / 1000
      if (code !== 0) {
        return reject(new Error(`npm run reconcile -- ${args.join(" ")} failed (exit ${code}):\n${(stdout + stderr).slice(-3000)}`))
      }
      const inner = /checked in (\d+) ms/.exec(stdout)
      const drift = /drift on (\d+) order line/.exec(stdout)
      const fixed = /fixed: (\d+) correction/.exec(stdout)
      const result = {
        args,
        wall_seconds: Math.round(seconds * 100) / 100,
        reconcile_ms: inner ? Number(inner[1]) : null,
        drift: drift ? Number(drift[1]) : /no drift/.test(stdout) ? 0 : null,
        corrections_written: fixed ? Number(fixed[1]) : 0,
        progress_lines: progress.length,
        progress,
        stdout_tail: stdout.trimEnd().split("\n").slice(-12).join("\n"),
      }
      log(
        `  npm run reconcile -- ${args.join(" ") || "(dry run)"}: ${result.wall_seconds.toFixed(1)} s wall (reconciliation ${result.reconcile_ms} ms), ` +
          `drift ${result.drift}, ${progress.length} progress lines on stderr`
      )
      resolve(result)
    })
  })
}

async function timeInProcess(server, { runs, fix = false }) {
  const out = []
  for (let r = 0; r < runs; r++) {
    out.push(await server.call("reconcile", { fix }))
  }
  return {
    runs: out.length,
    median_ms: median(out.map((o) => o.duration_ms)),
    min_ms: Math.min(...out.map((o) => o.duration_ms)),
    max_ms: Math.max(...out.map((o) => o.duration_ms)),
    drift: out.map((o) => o.drift_count),
    order_lines_checked: out[0]?.order_lines_checked,
    ledger_rows_checked: out[0]?.ledger_rows_checked,
    phases: out.map((o) => o.phases),
    per_run: out,
  }
}

async function runReconcileBench({ pg, server, env, config, log }) {
  const orders = Math.round(config.entries / ENTRIES_PER_ORDER)
  const result = { target_entries: config.entries, orders }
  log(`seeding ${orders.toLocaleString("en-US")} orders (${config.entries.toLocaleString("en-US")} ledger entries)`)
  result.seed = await seed(pg, orders, log)
  result.ledger = await ledgerCounts(pg)
  try {
    log(`dry runs in the app process, no drift injected (${config.runs} runs)`)
    result.clean = await timeInProcess(server, { runs: config.runs })
    log(`  median ${result.clean.median_ms} ms, drift found ${JSON.stringify(result.clean.drift)}`)
    result.clean_command = await runCommand({ env, args: [], log })

    const t = performance.now()
    result.injected = []
    for (const [what, sql] of DRIFT_SQL) {
      result.injected.push({ what, rows: (await pg.query(sql)).rowCount })
    }
    result.injected_total = result.injected.reduce((n, i) => n + i.rows, 0)
    log(`injected drift on ${result.injected_total} ledger entries (${((performance.now() - t) / 1000).toFixed(1)} s)`)

    log(`dry runs in the app process with drift (${config.runs} runs)`)
    result.drift = await timeInProcess(server, { runs: config.runs })
    log(`  median ${result.drift.median_ms} ms, drift found ${JSON.stringify(result.drift.drift)}`)
    result.drift_command = await runCommand({ env, args: [], log })
    result.fix_command = await runCommand({ env, args: ["--fix"], log })
    result.after_fix = await timeInProcess(server, { runs: 1 })
    result.after_fix_command = await runCommand({ env, args: [], log })
    log(`after --fix: drift ${JSON.stringify(result.after_fix.drift)}, ${result.after_fix.median_ms} ms`)
    result.ledger_after = await ledgerCounts(pg)
  } finally {
    const t = performance.now()
    await pg.query(CLEANUP_SQL.join(";\n"))
    result.cleanup_seconds = Math.round((performance.now() - t) / 100) / 10
  }
  return result
}

module.exports = { runReconcileBench, seed, CLEANUP_SQL, DRIFT_SQL, ENTRIES_PER_ORDER }
