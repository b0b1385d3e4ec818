"use strict"

/**
 * Benchmark 2: the agreement lookup a cart operation does, as the number of
 * commitments grows (10, 10k, 1M by default).
 *
 * Data: generated with `generate_series` straight into the plugin tables
 * (columns and raw_* jsonb as in src/modules/sales-agreement/migrations):
 *   - agreements of 10 commitments each (4 product_quantity, 2 product_value,
 *     2 product_category_value, 2 value; half max_enforced; release amounts on
 *     some), 5 agreements per customer with one role each: 0 effective EUR
 *     auto_apply valid now (the one auto-apply finds), 1 effective USD,
 *     2 on hold, 3 expired, 4 auto_apply = false;
 *   - 4 ledger entries per agreement (ordered/returned on line 1,
 *     ordered/reversed on line 2);
 *   - policies: 2 global rules and one rule on every 10th agreement.
 * The tables grow in place (10 → 10k → 1M) and are VACUUM ANALYZEd after each step.
 *
 * Lookups, each over a rotating set of up to 200 probe customers spread over
 * the data (every probe has the same shape at every size from 10k on):
 *   linked:     listAgreementsWithBalances({ id, customer_id })  (resolveCartAgreement on a linked cart)
 *   auto-apply: listAgreementsWithBalances({ customer_id, status: "effective", currency_code, valid_at, auto_apply: true })
 *   checkout:   listAgreementsWithBalances({ id, customer_id, exclude_cart_id })  (the re-check at complete)
 * timed three ways: the module service inside the booted app (what a cart
 * operation calls: a named prepared statement on the app's pool, row mapping
 * included), the same SQL as a named prepared statement sent with pg from the
 * runner (one network round trip), and, as a diagnostic, as an unnamed
 * statement (parsed and planned at every call).
 */

const { performance } = require("perf_hooks")
const { summarizeRuns } = require("./lib/stats")

const LINES_PER_AGREEMENT = 10
const AGREEMENTS_PER_CUSTOMER = 5
const MAX_PROBES = 200

const pad = (expr, n = 8) => `lpad((${expr})::text, ${n}, '0')`
const raw = (expr) => `case when (${expr}) is null then null else jsonb_build_object('value', (${expr})::text, 'precision', 20) end`

const agreementId = (g) => `sagr_bench_${String(g).padStart(8, "0")}`
const customerId = (c) => `cus_bench_${String(c).padStart(8, "0")}`

const INSERT_AGREEMENTS = `
insert into sales_agreement (id, number, title, customer_id, currency_code, effective_date, expiration_date, status,
  payment_terms, delivery_terms, shipping_address, dimensions, auto_apply, confirmation_status, current_version, metadata)
select 'sagr_bench_' || ${pad("g")}, 'SAB-' || ${pad("g")}, 'Bench agreement ' || g,
  'cus_bench_' || ${pad(`(g - 1) / ${AGREEMENTS_PER_CUSTOMER} + 1`)},
  case when (g - 1) % 5 = 1 then 'usd' else 'eur' end,
  case when (g - 1) % 5 = 3 then timestamptz '2020-01-01' else timestamptz '2024-01-01' end,
  case when (g - 1) % 5 = 3 then timestamptz '2021-12-31' else timestamptz '2099-12-31' end,
  case when (g - 1) % 5 = 2 then 'on_hold' else 'effective' end,
  'Net 30', 'DAP',
  jsonb_build_object('first_name', 'Bench', 'last_name', 'Buyer ' || g, 'address_1', g || ' Bench Street', 'city', 'Berlin', 'postal_code', '10115', 'country_code', 'de'),
  jsonb_build_object('cost_center', 'CC-' || (g % 97)),
  (g - 1) % 5 <> 4, 'confirmed', 1, null
from generate_series($1::int, $2::int) g`

const INSERT_LINES = `
insert into sales_agreement_line (id, line_number, commitment_type, product_variant_id, product_id, product_category_id,
  quantity, unit_label, amount, unit_price, price_unit, discount_percent, discount_amount, effective_date, expiration_date,
  max_enforced, price_fixed, min_release_amount, max_release_amount, dimensions, metadata, sales_agreement_id,
  raw_quantity, raw_amount, raw_unit_price, raw_price_unit, raw_discount_percent, raw_discount_amount,
  raw_min_release_amount, raw_max_release_amount)
select id, n, commitment_type, product_variant_id, product_id, product_category_id,
  quantity, unit_label, amount, unit_price, price_unit, discount_percent, discount_amount, null, null,
  max_enforced, price_fixed, min_release_amount, max_release_amount, null, null, sales_agreement_id,
  ${raw("quantity")}, ${raw("amount")}, ${raw("unit_price")}, ${raw("price_unit")}, ${raw("discount_percent")},
  ${raw("discount_amount")}, ${raw("min_release_amount")}, ${raw("max_release_amount")}
from (
  select 'sagrl_bench_' || ${pad("g")} || '_' || ${pad("n", 2)} as id, n, 'sagr_bench_' || ${pad("g")} as sales_agreement_id,
    case when n <= 4 then 'product_quantity' when n <= 6 then 'product_value'
         when n <= 8 then 'product_category_value' else 'value' end as commitment_type,
    case when n <= 4 then 'variant_bench_' || ((g * 10 + n) % 50000) end as product_variant_id,
    case when n in (5, 6) then 'prod_bench_' || ((g * 3 + n) % 5000) end as product_id,
    case when n in (7, 8) then 'pcat_bench_' || ((g + n) % 200) end as product_category_id,
    case when n <= 4 then (100 + n * 10)::numeric end as quantity,
    case when n <= 4 then 'pcs' end as unit_label,
    case when n > 4 then (10000 * n)::numeric end as amount,
    case when n <= 4 then (5 + (g % 50) + n * 0.25)::numeric end as unit_price,
    case when n <= 4 then 1::numeric end as price_unit,
    case when n > 4 and n < 10 then (n % 4 + 2)::numeric end as discount_percent,
    case when n = 10 then 1.5::numeric end as discount_amount,
    n % 2 = 0 as max_enforced,
    n = 3 as price_fixed,
    case when n in (5, 9) then 100::numeric end as min_release_amount,
    case when n in (6, 10) then 50000::numeric end as max_release_amount
  from generate_series($1::int, $2::int) g cross join generate_series(1, ${LINES_PER_AGREEMENT}) n
) s`

const INSERT_LEDGER = `
insert into sales_agreement_ledger_entry (id, sales_agreement_id, sales_agreement_line_id, kind, order_id, order_line_item_id,
  return_id, quantity, amount, currency_code, idempotency_key, metadata, raw_quantity, raw_amount)
select 'sagrle_bench_' || ${pad("g")} || '_' || v.n || '_' || v.k, 'sagr_bench_' || ${pad("g")},
  'sagrl_bench_' || ${pad("g")} || '_' || ${pad("v.n", 2)}, v.kind, 'order_bench_' || g, 'ordli_bench_' || g || '_' || v.n,
  case when v.kind = 'returned' then 'ret_bench_' || g end, v.qty, v.amt, 'eur',
  'bench:' || g || ':' || v.n || ':' || v.k, null, ${raw("v.qty")}, ${raw("v.amt")}
from generate_series($1::int, $2::int) g
cross join (values (1, 1, 'ordered', 5::numeric, 50.5::numeric), (1, 2, 'returned', 1::numeric, 10.1::numeric),
                   (2, 1, 'ordered', 7::numeric, 70.7::numeric), (2, 2, 'reversed', 2::numeric, 20.2::numeric)) v(n, k, kind, qty, amt)`

const INSERT_AGREEMENT_POLICIES = `
insert into sales_agreement_policy (id, sales_agreement_id, name, description, priority, conditions, event, enabled)
select 'sapol_bench_' || ${pad("g")}, 'sagr_bench_' || ${pad("g")}, 'bench-agreement-rule', 'generated by the benchmark', 40,
  jsonb_build_object('all', jsonb_build_array(jsonb_build_object('fact', 'line_quantity', 'operator', 'decimalGreaterThan', 'value', (1000 + g % 100)::text))),
  jsonb_build_object('type', 'warn.bench_large_release', 'params', jsonb_build_object('message', 'Large release of {{line_quantity}} pieces')),
  true
from generate_series($1::int, $2::int) g where g % 10 = 1`

const INSERT_GLOBAL_POLICIES = `
insert into sales_agreement_policy (id, sales_agreement_id, name, description, priority, conditions, event, enabled)
values
 ('sapol_bench_global_1', null, 'bench-global-huge-order', 'generated by the benchmark', 50,
  '{"all":[{"fact":"line_quantity","operator":"decimalGreaterThan","value":"100000"}]}',
  '{"type":"warn.bench_huge_order","params":{"message":"Orders over 100000 pieces ({{line_quantity}} asked) go through your sales rep"}}', true),
 ('sapol_bench_global_2', null, 'bench-global-disabled', 'generated by the benchmark (disabled)', 60,
  '{"all":[{"fact":"line_quantity","operator":"decimalGreaterThan","value":"1"}]}',
  '{"type":"block.bench_disabled","params":{"message":"never applies: disabled"}}', false)
on conflict do nothing`

// steady state: the lifecycle job announced the expired agreements long ago
// (its event log keys), as it would have on a live system
const INSERT_EXPIRED_EVENTS = `
insert into sales_agreement_event_log (id, key, event_name, data)
select 'saevt_bench_' || ${pad("g")}, 'expired:sagr_bench_' || ${pad("g")} || ':' || (extract(epoch from timestamptz '2021-12-31') * 1000)::bigint,
  'sales_agreement.expired', jsonb_build_object('id', 'sagr_bench_' || ${pad("g")})
from generate_series($1::int, $2::int) g where (g - 1) % 5 = 3
on conflict do nothing`

const PLUGIN_TABLES = [
  "sales_agreement",
  "sales_agreement_line",
  "sales_agreement_ledger_entry",
  "sales_agreement_line_balance",
  "sales_agreement_policy",
  "sales_agreement_event_log",
]

/** `?` placeholders (knex) → `$n` (pg). The query has no `?` operator. */
function toPg({ sql, params }) {
  let i = 0
  return { text: sql.replace(/\?/g, () => `$${++i}`), values: params }
}

async function populate(pg, fromAgreement, toAgreement, log) {
  const timings = {}
  const step = async (name, sql) => {
    const t0 = performance.now()
    const chunk = 50_000 // keeps single statements (and their memory) bounded
    let rows = 0
    for (let a = fromAgreement; a <= toAgreement; a += chunk) {
      const res = await pg.query(sql, [a, Math.min(toAgreement, a + chunk - 1)])
      rows += res.rowCount
    }
    timings[name] = { rows, ms: Math.round(performance.now() - t0) }
  }
  // the event log first: the lifecycle job may run while the tables fill (every 15 minutes)
  await step("sales_agreement_event_log", INSERT_EXPIRED_EVENTS)
  await step("sales_agreement", INSERT_AGREEMENTS)
  await step("sales_agreement_line", INSERT_LINES)
  await step("sales_agreement_ledger_entry", INSERT_LEDGER)
  await step("sales_agreement_policy", INSERT_AGREEMENT_POLICIES)
  const t0 = performance.now()
  await pg.query(`vacuum analyze ${PLUGIN_TABLES.join(", ")}`)
  timings.vacuum_analyze = { ms: Math.round(performance.now() - t0) }
  log(
    `  inserted agreements ${fromAgreement}..${toAgreement}: ` +
      Object.entries(timings)
        .map(([k, v]) => `${k} ${v.rows !== undefined ? `${v.rows.toLocaleString("en-US")} rows ` : ""}${(v.ms / 1000).toFixed(1)} s`)
        .join(", ")
  )
  return timings
}

async function tableCounts(pg) {
  const out = {}
  for (const t of PLUGIN_TABLES) {
    const live = t === "sales_agreement_line_balance" ? "" : " where deleted_at is null"
    out[t] = Number((await pg.query(`select count(*)::int as n from ${t}${live}`)).rows[0].n)
  }
  return out
}

function probesFor(agreements) {
  const fullCustomers = Math.floor(agreements / AGREEMENTS_PER_CUSTOMER)
  if (fullCustomers === 0) {
    return [1]
  }
  const count = Math.min(MAX_PROBES, fullCustomers)
  return Array.from({ length: count }, (_, i) => Math.max(1, Math.round(((i + 0.5) * fullCustomers) / count)))
}

function filtersFor(probes, validAt) {
  return {
    linked: probes.map((c) => ({ id: agreementId((c - 1) * AGREEMENTS_PER_CUSTOMER + 1), customer_id: customerId(c) })),
    auto_apply: probes.map((c) => ({
      customer_id: customerId(c),
      status: "effective",
      currency_code: "eur",
      valid_at: validAt,
      auto_apply: true,
    })),
    // the checkout's re-check: the linked agreement, leaving out what the cart itself holds
    checkout: probes.map((c) => ({
      id: agreementId((c - 1) * AGREEMENTS_PER_CUSTOMER + 1),
      customer_id: customerId(c),
      exclude_cart_id: `cart_bench_${c}`,
    })),
  }
}

async function timePg(pg, queries, { runs, iterations, warmup }) {
  const byRun = []
  let rows = 0
  for (let i = 0; i < warmup; i++) await pg.query(queries[i % queries.length])
  for (let r = 0; r < runs; r++) {
    const durations = []
    for (let i = 0; i < iterations; i++) {
      const q = queries[(r * iterations + i) % queries.length]
      const t0 = performance.now()
      const res = await pg.query(q)
      durations.push(performance.now() - t0)
      rows += res.rowCount
    }
    byRun.push(durations)
  }
  return { ...summarizeRuns(byRun), rows_per_lookup: rows / (runs * iterations) }
}

async function timeService(server, filters, { runs, iterations, warmup, floor = false }) {
  const byRun = []
  let commitments = 0
  for (let r = 0; r < runs; r++) {
    // rotate the start so every run sees a different slice of probes
    const rotated = filters.slice(r % filters.length).concat(filters.slice(0, r % filters.length))
    const res = await server.call("lookup", {
      filters: rotated,
      iterations,
      warmup: r === 0 ? warmup : Math.min(20, warmup),
      warmup_ms: r === 0 ? 3000 : 0,
      floor,
    })
    byRun.push(res.durations)
    commitments += res.commitments_per_lookup
  }
  return { ...summarizeRuns(byRun), commitments_per_lookup: commitments / runs }
}

const SEQ_SCAN = /Seq Scan on (sales_agreement\w*)/g

/** Which index would serve each sequentially scanned plugin table in this query. */
const INDEX_ADVICE = {
  sales_agreement:
    "sales_agreement: the filter columns need an index (id is the primary key; customer_id/status has IDX_sales_agreement_customer_status) — check the WHERE clause",
  sales_agreement_line: "sales_agreement_line (sales_agreement_id) WHERE deleted_at IS NULL — IDX_sales_agreement_line_sales_agreement_id",
  sales_agreement_ledger_entry: "sales_agreement_ledger_entry (sales_agreement_line_id) WHERE deleted_at IS NULL — IDX_sales_agreement_ledger_line",
  sales_agreement_policy:
    "sales_agreement_policy (sales_agreement_id) WHERE deleted_at IS NULL AND enabled (the OR with `sales_agreement_id is null` also needs the global rows indexed, e.g. a partial index WHERE sales_agreement_id IS NULL)",
}

async function explain(pg, query, tableRows = {}) {
  const res = await pg.query({ text: `explain (analyze, buffers, verbose off, costs on, timing on) ${query.text}`, values: query.values })
  const plan = res.rows.map((r) => r["QUERY PLAN"]).join("\n")
  const seq = [...new Set([...plan.matchAll(SEQ_SCAN)].map((m) => m[1]))]
  const advice = seq.map((t) =>
    tableRows[t] !== undefined && tableRows[t] < 10_000
      ? `${t} has only ${tableRows[t].toLocaleString("en-US")} rows: a sequential scan is the planner's cheaper choice there, not a missing index (recheck at scale); otherwise ${INDEX_ADVICE[t] ?? t}`
      : INDEX_ADVICE[t] ?? t
  )
  return { plan, seq_scans: seq, advice }
}

async function runLookupBench({ pg, server, config, log }) {
  await pg.query(INSERT_GLOBAL_POLICIES)
  const sizes = []
  let agreementsSoFar = 0
  for (const commitments of config.sizes) {
    const agreements = Math.max(1, Math.round(commitments / LINES_PER_AGREEMENT))
    log(`populating ${commitments.toLocaleString("en-US")} commitments (${agreements.toLocaleString("en-US")} agreements)`)
    const t0 = performance.now()
    // the app keeps allocating while the tables fill, as a live store would: an idle app
    // shrinks its young generation (see "keep-busy-start" in app-server.ts)
    await server.call("keep-busy-start", { pause_ms: 2 })
    let inserted
    try {
      inserted = await populate(pg, agreementsSoFar + 1, agreements, log)
    } finally {
      await server.call("keep-busy-stop")
    }
    agreementsSoFar = agreements
    const populateSeconds = (performance.now() - t0) / 1000
    const counts = await tableCounts(pg)

    const validAt = new Date().toISOString()
    const probes = probesFor(agreements)
    const filters = filtersFor(probes, validAt)
    const out = {
      commitments,
      agreements,
      customers: Math.ceil(agreements / AGREEMENTS_PER_CUSTOMER),
      probes: probes.length,
      table_rows: counts,
      populate_seconds: Math.round(populateSeconds * 10) / 10,
      inserted,
      lookups: {},
    }
    out.floor = await timePg(pg, [{ text: "select 1" }], config)
    out.app_floor = await timeService(server, [], { ...config, floor: true })
    for (const kind of ["linked", "auto_apply", "checkout"]) {
      const queries = []
      for (const f of filters[kind]) queries.push(toPg(await server.call("build-query", f)))
      const viaPg = await timePg(pg, queries, config)
      // The same SQL as a named prepared statement (plan cached per connection):
      // what the service sends (option prepared_statements, on by default); the
      // unnamed statement above is the diagnostic of what planning every call costs.
      const viaPrepared = await timePg(pg, queries.map((q) => ({ ...q, name: `bench_lookup_${kind}` })), config)
      const viaService = await timeService(server, filters[kind], config)
      // BENCH_ALLOC=1: bytes the app allocates per call (diagnostic of garbage collection pressure)
      if (process.env.BENCH_ALLOC) log(`  bytes allocated per call, ${kind}: ` + JSON.stringify(await server.call("alloc-diag", { filter: filters[kind][0] })))
      out.lookups[kind] = { pg: viaPg, pg_prepared: viaPrepared, service: viaService, example_filter: filters[kind][0] }
      if (config.explainAt.includes(commitments) || commitments === config.sizes[config.sizes.length - 1]) {
        out.lookups[kind].explain = await explain(pg, queries[Math.floor(queries.length / 2)], counts)
      }
    }
    log(
      `  ${commitments.toLocaleString("en-US")}: linked p50 ${out.lookups.linked.pg.p50.toFixed(3)} ms (pg) / ` +
        `${out.lookups.linked.service.p50.toFixed(3)} ms (service); auto-apply p50 ${out.lookups.auto_apply.pg.p50.toFixed(3)} / ` +
        `${out.lookups.auto_apply.service.p50.toFixed(3)} ms`
    )
    sizes.push(out)
  }
  return { sizes }
}

module.exports = { runLookupBench, toPg, populate, explain }
