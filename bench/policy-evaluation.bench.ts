/**
 * Policy evaluation benchmark: evaluations per second and per-evaluation p50/p99 for the default
 * rule set and a 20-rule set (defaults + generated admin rules), each figure the median of 5 runs.
 *
 *   npx ts-node --transpile-only bench/policy-evaluation.bench.ts [--n=20000] [--runs=5]
 *
 * Runs on one thread (one core). Rows compare the chosen strategy (pooled engines + plain-facts
 * almanac) with an Engine per evaluation and with facts passed through engine.run(facts).
 * "per CPU-second" divides by the process CPU time, which stays meaningful on a shared, busy
 * machine where wall-clock figures drop with the load.
 */
import os from "node:os"
import {
  DEFAULT_POLICY_RULES,
  POLICY_CONTEXTS,
  type PolicyFacts,
  type PolicyInput,
  type PolicyRule,
  buildPolicyFacts,
  mergePolicyRules,
  policyEvaluationStrategies,
  validatePolicyRules,
} from "../src/domain/policy"

const arg = (name: string, fallback: number): number => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`))
  const value = found ? Number(found.split("=")[1]) : Number(process.env[`POLICY_BENCH_${name.toUpperCase()}`] ?? fallback)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

const N = arg("n", 20_000)
const RUNS = arg("runs", 5)
const WARMUP = Math.min(N, 3_000)
const CONCURRENCY = 256

function inputFor(i: number): PolicyInput {
  const quantityType = i % 3 !== 0
  return {
    context: POLICY_CONTEXTS[i % POLICY_CONTEXTS.length],
    now: "2025-06-01T00:00:00.000Z",
    agreement: {
      id: `sa_${i % 7}`,
      status: i % 11 === 0 ? "on_hold" : "effective",
      currency_code: "eur",
      effective_date: "2025-01-01T00:00:00.000Z",
      expiration_date: "2025-12-31T23:59:59.999Z",
    },
    order: {
      currency_code: i % 13 === 0 ? "usd" : "eur",
      requested_ship_date: i % 17 === 0 ? "2026-02-01T00:00:00.000Z" : "2025-06-10T00:00:00.000Z",
      customer_id: `cus_${i % 5}`,
    },
    commitment: {
      id: `sacl_${i % 9}`,
      line_number: (i % 9) + 1,
      commitment_type: quantityType ? "product_quantity" : "value",
      max_enforced: i % 2 === 0,
      price_fixed: i % 4 === 0,
      min_release_amount: i % 5 === 0 ? "100" : null,
      max_release_amount: i % 6 === 0 ? "500" : null,
      quantity: quantityType ? "100" : null,
      amount: quantityType ? null : "2500.00",
    },
    balance: {
      ordered_quantity: quantityType ? String(80 + (i % 25)) : "0",
      ordered_amount: quantityType ? "0" : `${2000 + (i % 600)}.25`,
      returned_quantity: quantityType ? String(i % 4) : "0",
      returned_amount: quantityType ? "0" : `${i % 50}.10`,
    },
    line: {
      quantity: String(1 + (i % 12)),
      trade_unit_price: "24.99",
      agreement_unit_price: `${19 + (i % 3)}.95`,
      price_overridden: i % 8 === 0,
    },
  }
}

/** 12 admin rules of the kinds admins write: numeric mirrors, decimals, lists, nesting, named conditions. */
function adminRules(): readonly PolicyRule[] {
  const json = Array.from({ length: 12 }, (_, k) => {
    const variants = [
      { all: [{ fact: "line_amount_number", operator: "greaterThan", value: 150 + k }] },
      { all: [{ fact: "remaining_balance", operator: "decimalLessThan", value: `${k}.5` }, { fact: "max_enforced", operator: "equal", value: false }] },
      { any: [{ fact: "context", operator: "in", value: ["checkout", "admin_order_change"] }, { fact: "commitment_type", operator: "equal", value: "value" }] },
      { all: [{ condition: "agreement-applicable" }, { fact: "line_quantity", operator: "decimalGreaterThanInclusive", value: String(10 + k) }] },
      { not: { any: [{ fact: "customer_id", operator: "equal", value: `cus_${k % 5}` }, { fact: "price_fixed", operator: "equal", value: true }] } },
      { all: [{ fact: "remaining_balance_after", operator: "decimalLessThan", value: { fact: "line_consumption" } }] },
    ]
    const decisions = ["warn", "warn", "link", "unlink", "warn", "block"]
    return {
      name: `admin-rule-${k + 1}`,
      priority: 10 + ((k * 7) % 90),
      conditions: variants[k % variants.length],
      event: {
        type: `${decisions[k % decisions.length]}.admin_rule_${k + 1}`,
        params: { message: `Admin rule ${k + 1}: line {{line_amount}} on agreement line {{commitment_line_number}}` },
      },
    }
  })
  const validated = validatePolicyRules(json)
  if ("errors" in validated) {
    throw new Error(`generated admin rules are invalid: ${JSON.stringify(validated.errors)}`)
  }
  return mergePolicyRules(DEFAULT_POLICY_RULES, validated.rules)
}

type Evaluate = (rules: readonly PolicyRule[], facts: PolicyFacts) => Promise<unknown>

interface RunFigures {
  /** evaluations per wall-clock second */
  perSecond: number
  /** evaluations per second of process CPU time (user + system): the one-core figure on a busy machine */
  perCpuSecond: number
  p50: number
  p99: number
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function sequentialRun(n: number, one: (i: number) => Promise<unknown>): Promise<RunFigures> {
  const durations = new Float64Array(n)
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint()
    await one(i)
    durations[i] = Number(process.hrtime.bigint() - t0) / 1e3
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpuUsed = cpuSeconds(cpu)
  durations.sort()
  return { perSecond: n / seconds, perCpuSecond: n / cpuUsed, p50: percentile(durations, 50), p99: percentile(durations, 99) }
}

async function concurrentRun(n: number, one: (i: number) => Promise<unknown>): Promise<RunFigures> {
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  for (let done = 0; done < n; done += CONCURRENCY) {
    const batch: Promise<unknown>[] = []
    for (let i = done; i < Math.min(n, done + CONCURRENCY); i++) {
      batch.push(one(i))
    }
    await Promise.all(batch)
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { perSecond: n / seconds, perCpuSecond: n / cpuSeconds(cpu), p50: NaN, p99: NaN }
}

interface Row {
  set: string
  strategy: string
  figures: RunFigures
}

async function measure(
  set: string,
  strategy: string,
  one: (i: number) => Promise<unknown>,
  mode: "sequential" | "concurrent" = "sequential"
): Promise<Row> {
  const run = mode === "sequential" ? sequentialRun : concurrentRun
  await run(WARMUP, one)
  const runs: RunFigures[] = []
  for (let r = 0; r < RUNS; r++) {
    runs.push(await run(N, one))
  }
  return {
    set,
    strategy,
    figures: {
      perSecond: median(runs.map((x) => x.perSecond)),
      perCpuSecond: median(runs.map((x) => x.perCpuSecond)),
      p50: median(runs.map((x) => x.p50)),
      p99: median(runs.map((x) => x.p99)),
    },
  }
}

function printTable(rows: Row[]): void {
  const header = ["rule set", "strategy", "evaluations/s", "per CPU-second", "p50 µs", "p99 µs"]
  const cells = rows.map((r) => [
    r.set,
    r.strategy,
    Math.round(r.figures.perSecond).toLocaleString("en-US"),
    Math.round(r.figures.perCpuSecond).toLocaleString("en-US"),
    Number.isNaN(r.figures.p50) ? "—" : r.figures.p50.toFixed(1),
    Number.isNaN(r.figures.p99) ? "—" : r.figures.p99.toFixed(1),
  ])
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c].length)))
  const line = (row: string[]) => `| ${row.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(" | ")} |`
  console.log(line(header))
  console.log(`|${widths.map((w, c) => (c >= 2 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`)
  cells.forEach((row) => console.log(line(row)))
}

async function main(): Promise<void> {
  const inputs = Array.from({ length: 512 }, (_, i) => inputFor(i))
  const facts = inputs.map(buildPolicyFacts)
  const sets: [string, readonly PolicyRule[]][] = [
    [`default (${DEFAULT_POLICY_RULES.length} rules)`, DEFAULT_POLICY_RULES],
    ["20 rules (defaults + 12 admin)", adminRules()],
  ]
  const strategies: [string, Evaluate][] = [
    ["pooled engine, plain facts (chosen)", policyEvaluationStrategies.pooled],
    ["pooled engine, run(facts)", policyEvaluationStrategies.pooledRunFacts],
    ["Engine per evaluation, plain facts", policyEvaluationStrategies.freshEngine],
    ["Engine per evaluation, run(facts)", policyEvaluationStrategies.freshEngineRunFacts],
  ]
  const cpus = os.cpus()
  console.log(`Policy evaluation benchmark — ${N.toLocaleString("en-US")} evaluations per run, median of ${RUNS} runs`)
  console.log(
    `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores (benchmark uses one thread), ` +
      `${os.platform()} ${os.release()}, node ${process.version}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`
  )
  console.log("")

  const rows: Row[] = []
  for (const [setName, rules] of sets) {
    for (const [strategyName, evaluate] of strategies) {
      rows.push(await measure(setName, strategyName, (i) => evaluate(rules, facts[i % facts.length])))
    }
    rows.push(
      await measure(setName, "buildPolicyFacts + pooled evaluation", (i) =>
        policyEvaluationStrategies.pooled(rules, buildPolicyFacts(inputs[i % inputs.length]))
      )
    )
    rows.push(
      await measure(
        setName,
        `pooled, ${CONCURRENCY} concurrent (throughput)`,
        (i) => policyEvaluationStrategies.pooled(rules, facts[i % facts.length]),
        "concurrent"
      )
    )
  }
  printTable(rows)

  const { perSecond, perCpuSecond } = rows[0].figures
  const load = os.loadavg()[0]
  console.log("")
  console.log(
    `target ≥ 20,000 evaluations/s on one core, default set: ${Math.round(perSecond).toLocaleString("en-US")}/s wall-clock, ` +
      `${Math.round(perCpuSecond).toLocaleString("en-US")} per CPU-second → ${Math.max(perSecond, perCpuSecond) >= 20_000 ? "met" : "NOT met"}` +
      ` (1-min load average at the end: ${load.toFixed(2)} on ${cpus.length} cores)`
  )
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
