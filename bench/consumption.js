"use strict"

/**
 * Benchmark 4: what the checkout's consumption step (the atomic check-and-write
 * of `ordered` ledger entries under a row lock, src/modules/sales-agreement/
 * service.ts recordLedgerEntries with enforce_max, called by
 * src/api/store/carts/middlewares/verify-agreement-prices-at-checkout.ts) adds to
 * checkout under 20-way contention on one max-enforced commitment.
 *
 * a) Through the HTTP API: batches of `concurrency` (20) concurrent
 *    `POST /store/carts/:id/complete`, each from its own keep-alive connection,
 *    of 1-line carts prepared beforehand (untimed: create, add, shipping
 *    method, payment session). Three kinds of batch, interleaved and rotated
 *    every run:
 *      linked, one commitment:   customer A's carts, all on the same variant,
 *                                so every checkout consumes the same
 *                                max-enforced commitment (the contention case);
 *      unlinked:                 customer B's carts, same variant, no agreement;
 *      linked, 20 commitments:   customer A's carts on 20 different variants,
 *                                each with its own max-enforced commitment
 *                                (the same plugin work without the lock wait).
 *    The server is left to go quiet (earlier orders' subscribers done) before
 *    each batch; one linked batch warms the app up first (not counted). Every completion must return an order; after each linked
 *    batch the ledger must hold exactly one attached `ordered` entry per cart,
 *    after an unlinked batch none.
 * b) The step alone, in the app process: `concurrency` concurrent
 *    recordLedgerEntries calls (one entry each) on one commitment, on 20
 *    commitments, and one caller at a time; the entries are deleted afterwards.
 */

const { performance } = require("perf_hooks")
const { createClient } = require("./lib/http")
const { summarizeRuns, median, percentile } = require("./lib/stats")
const { makeCustomerApi, verifyCart, waitQuiet } = require("./http-cart")

const GROUPS = [
  { key: "linked_same", who: "A", label: "linked, one max-enforced commitment (contention)" },
  { key: "unlinked", who: "B", label: "unlinked (no agreement)" },
  { key: "linked_distinct", who: "A", label: "linked, 20 different commitments (no contention)" },
]

const rotate = (xs, k) => xs.slice(k % xs.length).concat(xs.slice(0, k % xs.length))

async function pool(items, width, fn) {
  const out = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i], i)
      }
    })
  )
  return out
}

async function ledgerForCarts(pg, cartIds) {
  const { rows } = await pg.query(
    `select count(*)::int as entries, count(order_id)::int as attached, coalesce(sum(quantity), 0)::text as quantity,
       count(distinct sales_agreement_line_id)::int as commitments
     from sales_agreement_ledger_entry where cart_id = any($1) and kind = 'ordered' and deleted_at is null`,
    [cartIds]
  )
  return rows[0]
}

/** Waits (up to 15 s) until every cart's entries are attached to its order (settled after the response). */
async function waitAttached(pg, cartIds, expected) {
  const deadline = Date.now() + 15_000
  let last
  while (Date.now() < deadline) {
    last = await ledgerForCarts(pg, cartIds)
    if (last.entries === expected && last.attached === expected) return last
    await new Promise((r) => setTimeout(r, 200))
  }
  return last
}

const LOCK_SQL = /\bfor update\b/i
const BEGIN_SQL = /^\s*(begin|start transaction)\b/i
const END_SQL = /^\s*(commit|rollback)\b/i

/**
 * From the statements the server sent during a batch (with the connection each
 * went through): per checkout, how long its consumption call took (the
 * `sales_agreement_record_ledger()` call: lock wait, balance check and insert,
 * as the app process saw it), and how long the lock was then held after the
 * call (until the COMMIT of an explicit transaction; 0 when the call is its own
 * transaction, committed by the server as it ends).
 */
function lockStats(statements) {
  const byClient = new Map()
  for (const st of statements) {
    if (!byClient.has(st.client)) byClient.set(st.client, [])
    byClient.get(st.client).push(st)
  }
  const waits = []
  const holds = []
  for (const list of byClient.values()) {
    list.sort((a, b) => a.at - b.at)
    let inTransaction = false
    list.forEach((st, i) => {
      if (BEGIN_SQL.test(st.sql)) inTransaction = true
      if (END_SQL.test(st.sql)) inTransaction = false
      if (!/sales_agreement_record_ledger\(/.test(st.sql) && !(LOCK_SQL.test(st.sql) && /sales_agreement_line/.test(st.sql))) return
      if (!Number.isFinite(st.ms)) return
      if (!inTransaction) {
        waits.push(st.ms)
        holds.push(0)
        return
      }
      const end = list.slice(i + 1).find((x) => END_SQL.test(x.sql))
      if (!end || !Number.isFinite(end.ms)) return
      waits.push(st.ms)
      holds.push(end.at + end.ms - (st.at + st.ms))
    })
  }
  return { waits, holds }
}

async function runConsumptionBench({ server, baseUrl, seed, pg, config, log }) {
  const n = config.concurrency
  const quantityVariants = seed.variants.filter((v) => v.commitment_type === "product_quantity")
  if (quantityVariants.length < 2) throw new Error("the seed has no product_quantity commitments to contend on")
  const contended = quantityVariants[0]
  const distinct = Array.from({ length: n }, (_, i) => quantityVariants[(i + 1) % quantityVariants.length])
  const distinctCount = new Set(distinct.map((v) => v.id)).size

  // one keep-alive connection per concurrent checkout
  const clients = Array.from({ length: n }, () => createClient(baseUrl))
  const apis = clients.map((c) => ({ A: makeCustomerApi(c, seed, "A"), B: makeCustomerApi(c, seed, "B") }))

  const prepare = async (group) =>
    pool(apis, n, async (api, i) => {
      const who = api[group.who]
      const variant = group.key === "linked_distinct" ? distinct[i] : contended
      const cart = await who.createCart()
      const added = (await who.add(cart.id, variant.id, 1)).data.cart
      verifyCart(group.who, added, seed, 1)
      await who.prepareCheckout(added)
      return { api: who, cartId: cart.id }
    })

  const batch = async (group) => {
    const carts = await prepare(group)
    await waitQuiet(server, 300, 20_000)
    // statements recorded for every kind, so the recording costs all kinds the same
    await server.call("count-start")
    const t0 = performance.now()
    let responses
    let wall
    let locks
    try {
      responses = await Promise.all(carts.map((c) => c.api.complete(c.cartId)))
      wall = performance.now() - t0
    } finally {
      locks = lockStats(await server.call("count-stop"))
    }
    responses.forEach((res, i) => {
      if (res.data?.type !== "order") {
        throw new Error(`${group.key}: cart ${carts[i].cartId} did not complete: ${JSON.stringify(res.data).slice(0, 500)}`)
      }
    })
    const cartIds = carts.map((c) => c.cartId)
    const expected = group.who === "A" ? carts.length : 0
    const ledger = expected ? await waitAttached(pg, cartIds, expected) : await ledgerForCarts(pg, cartIds)
    if (ledger.entries !== expected || ledger.attached !== expected) {
      throw new Error(`${group.key}: expected ${expected} attached ordered entries for the batch, the ledger holds ${JSON.stringify(ledger)}`)
    }
    if (group.key === "linked_same" && ledger.commitments !== 1) {
      throw new Error(`linked_same: the batch consumed ${ledger.commitments} commitments, expected one`)
    }
    if (group.who === "A" && locks.waits.length !== carts.length) {
      throw new Error(`${group.key}: found ${locks.waits.length} consumption transactions in the batch's SQL, expected ${carts.length}`)
    }
    return { durations: responses.map((r) => r.ms), wall_ms: wall, ledger, locks }
  }

  const http = { groups: {}, per_run: [] }
  const samples = Object.fromEntries(GROUPS.map((g) => [g.key, []]))
  const walls = Object.fromEntries(GROUPS.map((g) => [g.key, []]))
  const lockSamples = Object.fromEntries(GROUPS.map((g) => [g.key, { waits: [], holds: [] }]))
  const t0 = performance.now()
  try {
    // Medusa creates each customer's payment account holder at their first payment
    // session, and concurrent first sessions collide: make it exist beforehand.
    for (const who of ["A", "B"]) {
      const api = apis[0][who]
      const cart = await api.createCart()
      await api.prepareCheckout((await api.add(cart.id, contended.id, 1)).data.cart)
    }
    // the linked path runs all of Medusa's checkout code and the plugin's
    log(`HTTP: warm-up (one batch of linked checkouts on 20 commitments)`)
    await batch(GROUPS.find((g) => g.key === "linked_distinct"))
    for (let run = 0; run < config.runs; run++) {
      const order = rotate(GROUPS, run)
      const byGroup = Object.fromEntries(GROUPS.map((g) => [g.key, []]))
      for (let b = 0; b < config.batches; b++) {
        for (const g of b % 2 ? [...order].reverse() : order) {
          const res = await batch(g)
          byGroup[g.key].push(...res.durations)
          walls[g.key].push(res.wall_ms)
          lockSamples[g.key].waits.push(...res.locks.waits)
          lockSamples[g.key].holds.push(...res.locks.holds)
        }
      }
      for (const g of GROUPS) samples[g.key].push(byGroup[g.key])
      const p99 = (k) => percentile(byGroup[k], 99)
      http.per_run.push({
        run,
        order: order.map((g) => g.key),
        p50: Object.fromEntries(GROUPS.map((g) => [g.key, percentile(byGroup[g.key], 50)])),
        p99: Object.fromEntries(GROUPS.map((g) => [g.key, p99(g.key)])),
      })
      log(
        `HTTP run ${run + 1}/${config.runs}: p99 linked/one commitment ${p99("linked_same").toFixed(0)} ms, ` +
          `unlinked ${p99("unlinked").toFixed(0)} ms, linked/20 commitments ${p99("linked_distinct").toFixed(0)} ms`
      )
    }
  } finally {
    clients.forEach((c) => c.close())
  }
  for (const g of GROUPS) {
    http.groups[g.key] = { label: g.label, ...summarizeRuns(samples[g.key]), batch_wall_p50: median(walls[g.key]), raw: samples[g.key] }
  }
  http.locks = {}
  for (const g of GROUPS.filter((x) => x.who === "A")) {
    const { waits, holds } = lockSamples[g.key]
    http.locks[g.key] = {
      label: g.label,
      transactions: waits.length,
      wait_p50: percentile(waits, 50),
      wait_p99: percentile(waits, 99),
      wait_max: waits.length ? Math.max(...waits) : NaN,
      hold_p50: percentile(holds, 50),
      hold_p99: percentile(holds, 99),
      hold_max: holds.length ? Math.max(...holds) : NaN,
      // what the step adds to each checkout: the call, plus the lock held after it until COMMIT
      step_p50: percentile(waits.map((w, i) => w + holds[i]), 50),
      step_p99: percentile(waits.map((w, i) => w + holds[i]), 99),
    }
  }
  const diff = (a, b, p) => median(http.per_run.map((r) => r[p][a] - r[p][b]))
  http.delta = {
    p99_linked_vs_unlinked: diff("linked_same", "unlinked", "p99"),
    p50_linked_vs_unlinked: diff("linked_same", "unlinked", "p50"),
    p99_contention: diff("linked_same", "linked_distinct", "p99"),
    p50_contention: diff("linked_same", "linked_distinct", "p50"),
    p99_distinct_vs_unlinked: diff("linked_distinct", "unlinked", "p99"),
  }
  http.concurrency = n
  http.batches_per_run = config.batches
  http.contended_variant = contended.id
  http.distinct_commitments = distinctCount
  http.seconds = Math.round((performance.now() - t0) / 100) / 10

  // ---- the step alone, in the app process ----
  const { rows: commitments } = await pg.query(
    `select id from sales_agreement_line where sales_agreement_id = $1 and commitment_type = 'product_quantity' and max_enforced
       and deleted_at is null order by line_number`,
    [seed.agreementId]
  )
  const ids = commitments.map((c) => c.id)
  // the last commitments, away from the HTTP part's
  const one = [ids[ids.length - 1]]
  const many = ids.slice(-Math.min(n, ids.length))
  const modes = [
    { key: "one_commitment", label: `${n} concurrent callers, one commitment`, commitments: one, concurrency: n, rounds: config.stepRounds },
    { key: "many_commitments", label: `${n} concurrent callers, ${many.length} commitments`, commitments: many, concurrency: n, rounds: config.stepRounds },
    { key: "alone", label: "one caller at a time", commitments: one, concurrency: 1, rounds: config.stepRounds * n },
  ]
  const step = { modes: {}, statements: null }
  const stepSamples = Object.fromEntries(modes.map((m) => [m.key, []]))
  const prefix = `bench-consume:${Date.now()}:`
  const t1 = performance.now()
  try {
    for (let run = 0; run < config.runs; run++) {
      for (const m of rotate(modes, run)) {
        const res = await server.call("consume-step", {
          agreement_id: seed.agreementId,
          currency_code: "eur",
          commitments: m.commitments,
          concurrency: m.concurrency,
          rounds: m.rounds,
          warmup_rounds: run === 0 ? 2 : 1,
          key_prefix: `${prefix}${m.key}:${run}:`,
          quantity: "1",
          amount: "8",
          count_statements: run === 0 && m.key === "alone",
        })
        stepSamples[m.key].push(res.rounds.flat())
        if (res.statements) step.statements = res.statements
      }
    }
  } finally {
    step.cleanup = await server.call("consume-cleanup", { key_prefix: prefix })
  }
  for (const m of modes) {
    step.modes[m.key] = { label: m.label, concurrency: m.concurrency, commitments: m.commitments.length, ...summarizeRuns(stepSamples[m.key]), raw: stepSamples[m.key] }
  }
  step.seconds = Math.round((performance.now() - t1) / 100) / 10
  log(
    `step alone: p99 ${step.modes.one_commitment.p99.toFixed(2)} ms (${n} callers, one commitment), ` +
      `${step.modes.many_commitments.p99.toFixed(2)} ms (${many.length} commitments), ${step.modes.alone.p99.toFixed(2)} ms alone`
  )
  return { http, step }
}

module.exports = { runConsumptionBench, GROUPS }
