/**
 * The benchmark's Medusa server: boots this repository as a Medusa app the way
 * `@medusajs/test-utils` does (`@medusajs/medusa/loaders` on an express app,
 * modules and src/api loaded from source through ts-node/swc), listens on a free
 * port, and answers the runner (scripts/bench.js) over the IPC channel:
 *
 *   { id, cmd: "seed-http" }                 seed the store for the HTTP benchmark
 *   { id, cmd: "count-start" | "count-stop" } record the SQL statements sent (pg Client.query)
 *   { id, cmd: "lookup", args }              time listAgreementsWithBalances in-process
 *   { id, cmd: "keep-busy-start" | "keep-busy-stop" } keep allocating while the runner fills the tables
 *   { id, cmd: "consume-step", args }        time recordLedgerEntries (the checkout's check-and-write) under N concurrent callers
 *   { id, cmd: "consume-cleanup", args }     delete the entries "consume-step" wrote
 *   { id, cmd: "reconcile", args }           run reconcileLedger (what `npm run reconcile` runs) in-process
 *   { id, cmd: "shutdown" }
 *
 * Run as a child: `node -r ts-node/register bench/lib/app-server.ts` with
 * DATABASE_URL pointing at a migrated database. It is a separate process from
 * the HTTP client so the client's work never shares the server's event loop.
 */
import path from "node:path"
import { performance } from "node:perf_hooks"

const REPO_ROOT = path.resolve(__dirname, "..", "..")

// ---------------------------------------------------------------------------
// SQL statement recorder: every pg copy in node_modules (knex's and MikroORM's).
// Installed before anything loads pg so every connection goes through it.
// ---------------------------------------------------------------------------
/** `client`: which pg connection sent it (to follow one transaction's statements) */
type Recorded = { sql: string; at: number; ms: number; client: number }
const clientIds = new WeakMap<object, number>()
let nextClientId = 1
const clientId = (client: unknown): number => {
  if (!client || typeof client !== "object") return 0
  let id = clientIds.get(client)
  if (!id) {
    id = nextClientId++
    clientIds.set(client, id)
  }
  return id
}
let recording = false
let recorded: Recorded[] = []

function patchPg(modulePath: string) {
  let pg: any
  try {
    pg = require(modulePath)
  } catch {
    return false
  }
  const proto = pg?.Client?.prototype
  if (!proto || proto.__benchPatched) {
    return !!proto
  }
  const original = proto.query
  proto.query = function patchedQuery(this: unknown, config: any, ...rest: any[]) {
    if (!recording) {
      return original.call(this, config, ...rest)
    }
    const text = typeof config === "string" ? config : config?.text ?? String(config)
    // epoch ms (timeOrigin + now) so the runner can compare with its own clock
    const entry: Recorded = { sql: text, at: performance.timeOrigin + performance.now(), ms: NaN, client: clientId(this) }
    recorded.push(entry)
    const done = () => {
      entry.ms = performance.timeOrigin + performance.now() - entry.at
    }
    // callback style (knex passes one), else a promise
    const cbIndex = rest.findIndex((a) => typeof a === "function")
    if (cbIndex >= 0) {
      const cb = rest[cbIndex]
      rest[cbIndex] = function (this: unknown, ...args: unknown[]) {
        done()
        return cb.apply(this, args)
      }
      return original.call(this, config, ...rest)
    }
    if (config && typeof config.callback === "function") {
      const cb = config.callback
      config.callback = function (this: unknown, ...args: unknown[]) {
        done()
        return cb.apply(this, args)
      }
      return original.call(this, config, ...rest)
    }
    const result = original.call(this, config, ...rest)
    if (result && typeof result.then === "function") {
      result.then(done, done)
    }
    return result
  }
  proto.__benchPatched = true
  return true
}

const pgCopies = new Set<string>()
for (const from of [REPO_ROOT, path.dirname(require.resolve("knex")), path.dirname(require.resolve("@mikro-orm/postgresql"))]) {
  try {
    pgCopies.add(require.resolve("pg", { paths: [from] }))
  } catch {
    // not installed there
  }
}
const patched = [...pgCopies].filter(patchPg)

// ---------------------------------------------------------------------------
// The consumption step alone: service.recordLedgerEntries with enforce_max, as
// verifyAgreementPricesAtCheckout calls it, from `concurrency` callers at once.
// ---------------------------------------------------------------------------
type ConsumeArgs = {
  agreement_id: string
  currency_code: string
  /** one id: every caller contends on it; several: caller i uses commitments[i % n] */
  commitments: string[]
  concurrency: number
  rounds: number
  warmup_rounds: number
  key_prefix: string
  quantity: string
  amount: string
  /** count the SQL statements of one call made alone (before the rounds) */
  count_statements?: boolean
}

async function consumeStep(container: any, args: ConsumeArgs) {
  const { SALES_AGREEMENT_MODULE } = require("../../src/modules/sales-agreement")
  const service = container.resolve(SALES_AGREEMENT_MODULE)
  let seq = 0
  const call = async (i: number) => {
    const key = `${args.key_prefix}${seq++}`
    const t0 = performance.now()
    const res = await service.recordLedgerEntries(
      [
        {
          sales_agreement_id: args.agreement_id,
          sales_agreement_line_id: args.commitments[i % args.commitments.length],
          kind: "ordered",
          quantity: args.quantity,
          amount: args.amount,
          currency_code: args.currency_code,
          idempotency_key: key,
          metadata: { bench: "consume-step" },
        },
      ],
      { enforce_max: true }
    )
    const ms = performance.now() - t0
    if (res.inserted_ids.length !== 1) {
      throw new Error(`recordLedgerEntries(${key}) inserted ${res.inserted_ids.length} entries, expected 1`)
    }
    return ms
  }
  let statements: string[] | null = null
  if (args.count_statements) {
    await call(0)
    recorded = []
    recording = true
    try {
      await call(0)
    } finally {
      recording = false
      statements = recorded.map((r) => r.sql.replace(/\s+/g, " ").trim().slice(0, 120))
      recorded = []
    }
  }
  const rounds: number[][] = []
  const roundWall: number[] = []
  for (let r = 0; r < args.warmup_rounds + args.rounds; r++) {
    const t0 = performance.now()
    const durations = await Promise.all(Array.from({ length: args.concurrency }, (_, i) => call(i)))
    if (r >= args.warmup_rounds) {
      rounds.push(durations)
      roundWall.push(performance.now() - t0)
    }
  }
  return { rounds, round_wall_ms: roundWall, statements, calls: seq }
}

// ---------------------------------------------------------------------------

type Message = { id: number; cmd: string; args?: any }

function reply(id: number, payload: { ok: boolean; result?: unknown; error?: string }) {
  process.send?.({ id, ...payload })
}

async function main() {
  const express = require("express")
  const { GracefulShutdownServer } = require("@medusajs/framework/utils")
  const loaders = require("@medusajs/medusa/loaders/index").default

  const app = express()
  app.get("/health", (_: unknown, res: any) => res.status(200).send("OK"))
  const started = performance.now()
  const { container, shutdown } = await loaders({ directory: REPO_ROOT, expressApp: app })
  const server = await new Promise<any>((resolve, reject) => {
    const s = app.listen(0, "127.0.0.1").on("error", reject).on("listening", () => resolve(s))
  })
  const graceful = GracefulShutdownServer.create(server)
  const port = server.address().port

  const { seedHttpBench } = require("./http-seed")
  const { SALES_AGREEMENT_MODULE } = require("../../src/modules/sales-agreement")

  const stop = async () => {
    await Promise.allSettled([graceful.shutdown(), shutdown()])
  }

  let busy: { stop: boolean; rounds: number; done: Promise<void> } | null = null
  process.on("message", async (message: Message) => {
    const { id, cmd, args } = message
    try {
      switch (cmd) {
        case "seed-http": {
          reply(id, { ok: true, result: await seedHttpBench(container) })
          break
        }
        case "count-start": {
          recorded = []
          recording = true
          reply(id, { ok: true })
          break
        }
        case "count-size": {
          reply(id, { ok: true, result: recorded.length })
          break
        }
        case "count-stop": {
          recording = false
          const result = recorded
          recorded = []
          reply(id, { ok: true, result })
          break
        }
        case "build-query": {
          // args: AgreementsWithBalancesFilter (valid_at as ISO string); the SQL the service sends
          const { buildAgreementsWithBalancesQuery } = require("../../src/modules/sales-agreement/queries/agreements-with-balances")
          const filter = { ...args, ...(args.valid_at ? { valid_at: new Date(args.valid_at) } : {}) }
          reply(id, { ok: true, result: buildAgreementsWithBalancesQuery(filter) })
          break
        }
        case "lookup": {
          // args: { filters: AgreementsWithBalancesFilter[] (rotated), iterations, warmup }
          const service = container.resolve(SALES_AGREEMENT_MODULE)
          const filters = (args.filters as any[]).map((f) => ({ ...f, ...(f.valid_at ? { valid_at: new Date(f.valid_at) } : {}) }))
          if (args.floor) {
            // the app's own floor: `select 1` on a connection of the app's pool, the way the service sends its read
            const { executePrepared } = require("../../src/utils/prepared-query")
            const knex = container.resolve(require("@medusajs/framework/utils").ContainerRegistrationKeys.PG_CONNECTION)
            const manager = { getKnex: () => knex }
            const durations: number[] = []
            const warmUntil = performance.now() + (args.warmup_ms ?? 0)
            while (performance.now() < warmUntil) await executePrepared(manager, "select 1", [])
            for (let i = 0; i < args.warmup + args.iterations; i++) {
              const t0 = performance.now()
              await executePrepared(manager, "select 1", [])
              if (i >= args.warmup) durations.push(performance.now() - t0)
            }
            reply(id, { ok: true, result: { durations, commitments_per_lookup: 0 } })
            break
          }
          const durations: number[] = []
          let rows = 0
          // time-based warm-up: the app has been idle while the runner filled the tables, and
          // V8 uses idle stretches to start shrinking the heap (incremental marking, then a
          // full collection) that would otherwise land inside the timed lookups
          const warmUntil = performance.now() + (args.warmup_ms ?? 0)
          for (let i = 0; performance.now() < warmUntil; i++) {
            await service.listAgreementsWithBalances(filters[i % filters.length])
          }
          for (let i = 0; i < args.warmup + args.iterations; i++) {
            const filter = filters[i % filters.length]
            const t0 = performance.now()
            const found = await service.listAgreementsWithBalances(filter)
            const ms = performance.now() - t0
            if (i >= args.warmup) {
              durations.push(ms)
              rows += found.reduce((n: number, a: any) => n + a.lines.length, 0)
            }
          }
          reply(id, { ok: true, result: { durations, commitments_per_lookup: rows / args.iterations } })
          break
        }
        case "keep-busy-start": {
          // args: { pause_ms }: the app keeps allocating (~16 KB every pause_ms, as a store
          // serving requests does) while the runner fills the tables. Left idle for the 30 s of
          // the 1M fill, V8's memory reducer shrinks the young generation (13 MB → 0.8 MB
          // measured with --trace-gc) and the app then collects every ~8 ms for a long while, a
          // 1.5–2 ms pause each time: that is the idle stretch, not the lookup. Lookups as the
          // background load were tried too: they keep the young generation as well, but the
          // timed lookups after them were slower at p50 (0.64 vs 0.25 ms), so plain allocation.
          busy = { stop: false, rounds: 0, done: Promise.resolve() }
          const current = busy
          current.done = (async () => {
            while (!current.stop) {
              const garbage: unknown[] = []
              for (let i = 0; i < 400; i++) garbage.push({ i, s: "x" + i, a: [i, i + 1] })
              current.rounds++
              await new Promise((r) => setTimeout(r, args.pause_ms ?? 2))
            }
          })()
          reply(id, { ok: true })
          break
        }
        case "keep-busy-stop": {
          const current = busy
          busy = null
          if (current) {
            current.stop = true
            await current.done
          }
          reply(id, { ok: true, result: { rounds: current?.rounds ?? 0 } })
          break
        }
        case "alloc-diag": {
          const v8 = require("node:v8")
          const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")
          const { buildAgreementsWithBalancesQuery } = require("../../src/modules/sales-agreement/queries/agreements-with-balances")
          const { executePrepared } = require("../../src/utils/prepared-query")
          const service = container.resolve(SALES_AGREEMENT_MODULE)
          const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
          const filter = { ...args.filter, ...(args.filter.valid_at ? { valid_at: new Date(args.filter.valid_at) } : {}) }
          const { sql, params } = buildAgreementsWithBalancesQuery(filter)
          let k = 0
          const text = sql.replace(/\?/g, () => `$${++k}`)
          const conn = await knex.client.acquireConnection()
          const newSpace = () => v8.getHeapSpaceStatistics().find((x: any) => x.space_name === "new_space").space_used_size
          const variants: Record<string, () => Promise<unknown>> = {
            service: () => service.listAgreementsWithBalances(filter),
            executePrepared: () => executePrepared({ getKnex: () => knex }, sql, params),
            raw: () => conn.query({ name: "alloc_" + text.length, text, values: params }),
            floor: () => conn.query("select 1"),
            build: async () => buildAgreementsWithBalancesQuery(filter),
            knexAcq: async () => { const c = await knex.client.acquireConnection(); await knex.client.releaseConnection(c) },
            tarnAcq: async () => { const c = await knex.client.pool.acquire().promise; knex.client.pool.release(c) },
            fork: async () => (service as any).baseRepository_.getFreshManager(),
            noop: async () => undefined,
          }
          const result: Record<string, number> = {}
          for (const [name, fn] of Object.entries(variants)) {
            for (let i = 0; i < 20; i++) await fn()
            const samples: number[] = []
            for (let attempt = 0; attempt < 40 && samples.length < 10; attempt++) {
              const before = newSpace()
              for (let i = 0; i < 10; i++) await fn()
              const after = newSpace()
              if (after > before) samples.push((after - before) / 10)
            }
            samples.sort((a, b) => a - b)
            result[name] = Math.round(samples[Math.floor(samples.length / 2)] ?? -1)
          }
          await knex.client.releaseConnection(conn)
          console.error("ALLOC", JSON.stringify(result))
          reply(id, { ok: true, result })
          break
        }
        case "consume-step": {
          reply(id, { ok: true, result: await consumeStep(container, args) })
          break
        }
        case "consume-cleanup": {
          const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")
          const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
          const res = await pg.raw(`delete from sales_agreement_ledger_entry where idempotency_key like ?`, [`${args.key_prefix}%`])
          reply(id, { ok: true, result: { deleted: res.rowCount } })
          break
        }
        case "reconcile": {
          const { reconcileLedger } = require("../../src/lib/reconcile/reconcile-ledger")
          const t0 = performance.now()
          const phases: { at_ms: number; message: string }[] = []
          const report = await reconcileLedger(container, {
            fix: !!args?.fix,
            onProgress: (message: string) => phases.push({ at_ms: Math.round(performance.now() - t0), message }),
          })
          reply(id, {
            ok: true,
            result: {
              duration_ms: Math.round(performance.now() - t0),
              report_duration_ms: report.duration_ms,
              order_lines_checked: report.order_lines_checked,
              ledger_rows_checked: report.ledger_rows_checked,
              drift_count: report.drift.length,
              drift_by_kind: report.drift.reduce((acc: Record<string, number>, d: any) => {
                acc[d.kind] = (acc[d.kind] ?? 0) + 1
                return acc
              }, {}),
              drift_sample: report.drift.slice(0, 5),
              corrections_written: report.corrections_written,
              pending: {
                attached: report.pending.attached_carts.length,
                released: report.pending.released_carts.length,
                waiting: report.pending.waiting_carts.length,
              },
              phases,
            },
          })
          break
        }
        case "shutdown": {
          await stop()
          reply(id, { ok: true })
          process.exit(0)
        }
        // eslint-disable-next-line no-fallthrough
        default:
          reply(id, { ok: false, error: `unknown command ${cmd}` })
      }
    } catch (error: any) {
      reply(id, { ok: false, error: error?.stack ?? String(error) })
    }
  })
  process.on("disconnect", () => {
    stop().finally(() => process.exit(0))
  })

  process.send?.({
    type: "ready",
    port,
    boot_ms: Math.round(performance.now() - started),
    pg_copies_patched: patched,
  })
}

main().catch((error) => {
  console.error("[bench app-server] boot failed:", error)
  process.send?.({ type: "boot-error", error: error?.stack ?? String(error) })
  process.exit(1)
})
