"use strict"

/**
 * Benchmark 1: POST /store/carts/:id/line-items and POST /store/carts/:id/complete
 * through the real HTTP API, customer A (cart linked to an agreement, contract
 * prices) vs customer B (no agreement, trade prices), interleaved request by
 * request (A, B, A, B … with the order flipped every cart) so drift affects both.
 *
 * Every response is checked: A's lines must carry metadata.sales_agreement_id
 * (and a price below the trade price), B's must not (and be at the trade price);
 * every completion must return an order. A failed check aborts the benchmark.
 */

const { performance } = require("perf_hooks")
const { createClient } = require("./lib/http")
const { summarizeRuns, median } = require("./lib/stats")

/** Statements that read or write the plugin's tables (not e.g. cart metadata mentioning a key). */
const AGREEMENT_SQL = /\b(from|join|into|update)\s+"?sales_agreement/i
const TX_SQL = /^\s*(begin|commit|rollback|savepoint|release|start transaction|set )/i
/**
 * The agreement lookup reads the agreement table itself (with its commitments, balances and
 * policies, one statement); every other agreement statement at checkout belongs to the
 * fulfillment ledger (issue 4): the locked check-and-write and attaching entries to the order.
 */
const LOOKUP_SQL = /\b(from|join)\s+"?sales_agreement"?\s/i
const isLookup = (sql) => LOOKUP_SQL.test(sql) && !/\bfor update\b/i.test(sql)

function classify(statements) {
  const agreement = statements.filter((s) => AGREEMENT_SQL.test(s.sql))
  return {
    total: statements.length,
    agreement_data: agreement.length,
    agreement_reads: agreement.filter((x) => /^\s*(select|with)\b/i.test(x.sql)).length,
    agreement_writes: agreement.filter((x) => /^\s*(insert|update|delete)\b/i.test(x.sql)).length,
    agreement_lookup: agreement.filter((x) => isLookup(x.sql)).length,
    ledger_statements: agreement.filter((x) => !isLookup(x.sql)).length,
    transaction_control: statements.filter((s) => TX_SQL.test(s.sql)).length,
    agreement_sql: agreement.map((s) => s.sql.replace(/\s+/g, " ").trim().slice(0, 160)),
    sql_ms: statements.reduce((sum, s) => sum + (Number.isFinite(s.ms) ? s.ms : 0), 0),
    slowest: [...statements]
      .filter((s) => Number.isFinite(s.ms))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((s) => ({ ms: Math.round(s.ms * 100) / 100, sql: s.sql.replace(/\s+/g, " ").trim().slice(0, 140) })),
    other_sql_mentioning_sales_agreement: statements.filter((s) => !AGREEMENT_SQL.test(s.sql) && /sales_agreement/i.test(s.sql)).length,
  }
}

const address = (seed, who) => ({
  first_name: who === "A" ? "Linked" : "Unlinked",
  last_name: "Buyer",
  address_1: "1 Bench Street",
  city: "Berlin",
  postal_code: "10115",
  country_code: seed.countryCode,
})

function makeCustomerApi(client, seed, who) {
  const customer = who === "A" ? seed.customerA : seed.customerB
  const headers = { "x-publishable-api-key": seed.publishableKey, authorization: `Bearer ${customer.token}` }
  return {
    who,
    customer,
    // Both customers' carts start with the same shipping address (A's agreement then
    // applies its own, in the same country): otherwise only the linked cart would
    // compute tax lines and the comparison would measure Medusa's tax step, not the plugin.
    createCart: async () =>
      (
        await client.ok(
          "POST",
          "/store/carts",
          { region_id: seed.regionId, sales_channel_id: seed.salesChannelId, email: customer.email, shipping_address: address(seed, who) },
          headers
        )
      ).data.cart,
    link: (cartId) => client.ok("POST", `/store/carts/${cartId}/sales-agreement`, { sales_agreement_id: seed.agreementId }, headers),
    add: (cartId, variantId, quantity = 1) =>
      client.ok("POST", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, headers),
    updateLine: (cartId, lineId, quantity) =>
      client.ok("POST", `/store/carts/${cartId}/line-items/${lineId}`, { quantity }, headers),
    /** Everything a storefront does before completing; not timed. */
    prepareCheckout: async (cart) => {
      const update = {}
      if (!cart.email) update.email = customer.email
      if (!cart.shipping_address?.country_code) {
        update.shipping_address = address(seed, who)
      }
      if (Object.keys(update).length) {
        cart = (await client.ok("POST", `/store/carts/${cart.id}`, update, headers)).data.cart
      }
      const { shipping_options } = (await client.ok("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, headers)).data
      const option = shipping_options.find((o) => o.id === seed.shippingOptionId) ?? shipping_options[0]
      if (!option) throw new Error(`cart ${cart.id}: no shipping option offered`)
      cart = (await client.ok("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, headers)).data.cart
      let collectionId = cart.payment_collection?.id
      if (!collectionId) {
        collectionId = (await client.ok("POST", "/store/payment-collections", { cart_id: cart.id }, headers)).data.payment_collection.id
      }
      await client.ok(
        "POST",
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: "pp_system_default" },
        headers
      )
    },
    complete: (cartId) => client.ok("POST", `/store/carts/${cartId}/complete`, {}, headers),
  }
}

/** Throws unless the cart is priced as expected for A (linked) or B (unlinked). */
function verifyCart(who, cart, seed, expectedLines) {
  const items = cart.items ?? []
  if (items.length !== expectedLines) {
    throw new Error(`${who} cart ${cart.id}: expected ${expectedLines} lines, got ${items.length}`)
  }
  const prices = new Map(seed.variants.map((v) => [v.id, v.price]))
  for (const item of items) {
    const trade = prices.get(item.variant_id)
    const agreementId = item.metadata?.sales_agreement_id
    if (who === "A") {
      if (agreementId !== seed.agreementId || !item.metadata?.sales_agreement_line_id) {
        throw new Error(
          `A cart ${cart.id}: line ${item.id} (${item.variant_id}) is not linked to the agreement ` +
            `(metadata ${JSON.stringify(item.metadata)}): the benchmark would compare two unlinked carts`
        )
      }
      if (!(Number(item.unit_price) < trade)) {
        throw new Error(`A cart ${cart.id}: line ${item.id} unit_price ${item.unit_price} is not below the trade price ${trade}`)
      }
    } else {
      if (agreementId !== undefined || item.metadata?.sales_agreement_line_id !== undefined) {
        throw new Error(`B cart ${cart.id}: line ${item.id} carries agreement metadata ${JSON.stringify(item.metadata)}`)
      }
      if (Number(item.unit_price) !== trade) {
        throw new Error(`B cart ${cart.id}: line ${item.id} unit_price ${item.unit_price} differs from the trade price ${trade}`)
      }
    }
  }
  if (who === "A" && cart.metadata?.sales_agreement_id !== seed.agreementId) {
    throw new Error(`A cart ${cart.id}: cart metadata has no sales_agreement_id`)
  }
  if (who === "B" && cart.metadata?.sales_agreement_id) {
    throw new Error(`B cart ${cart.id}: cart is linked to ${cart.metadata.sales_agreement_id}`)
  }
}

/**
 * One measured round for one cart size: `carts` carts per customer, each with
 * `lines` lines added one by one, then completed. Returns the latencies (ms).
 */
async function measureRound({ apis, seed, lines, carts, round, verify = true, prelink = false, complete = true, server = null }) {
  const out = {
    A: { add: [], add_first: [], add_linked: [], complete: [] },
    B: { add: [], add_first: [], add_linked: [], complete: [] },
  }
  // With `server`: SQL statements of the first cart's last add and completion are
  // counted (the server is left to go quiet before each, outside the timings).
  const counts = {}
  const maybeCount = async (key, c, action) => {
    if (!server || c !== 0) return action()
    const { result, counts: n } = await countStatements(server, action)
    counts[key] = n
    return result
  }
  const nVariants = seed.variants.length
  for (let c = 0; c < carts; c++) {
    const order = (round + c) % 2 === 0 ? [apis.A, apis.B] : [apis.B, apis.A]
    const cartIds = {}
    for (const api of order) cartIds[api.who] = (await api.createCart()).id
    if (prelink) {
      // A's cart linked explicitly before the measured adds (not timed)
      await apis.A.link(cartIds.A)
    }
    const offset = ((round * carts + c) * lines) % nVariants
    const last = {}
    for (let i = 0; i < lines; i++) {
      const variant = seed.variants[(offset + i) % nVariants]
      for (const api of order) {
        const res =
          i === lines - 1
            ? await maybeCount(`${api.who}:add_line_${lines}`, c, () => api.add(cartIds[api.who], variant.id, 1))
            : await api.add(cartIds[api.who], variant.id, 1)
        const s = out[api.who]
        s.add.push(res.ms)
        ;(i === 0 ? s.add_first : s.add_linked).push(res.ms)
        last[api.who] = res.data.cart
      }
    }
    for (const api of order) {
      if (verify) verifyCart(api.who, last[api.who], seed, lines)
      if (complete) await api.prepareCheckout(last[api.who])
    }
    if (!complete) continue
    for (const api of order) {
      const res = await maybeCount(`${api.who}:complete_${lines}_lines`, c, () => api.complete(cartIds[api.who]))
      if (res.data?.type !== "order") {
        throw new Error(`${api.who} cart ${cartIds[api.who]}: completion did not return an order: ${JSON.stringify(res.data).slice(0, 500)}`)
      }
      out[api.who].complete.push(res.ms)
    }
  }
  if (server) out.counts = counts
  return out
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const epochNow = () => performance.timeOrigin + performance.now()

/** Waits until the server has sent no SQL for `quietMs` (earlier requests' subscribers done). */
async function waitQuiet(server, quietMs = 300, maxWaitMs = 10_000) {
  const deadline = Date.now() + maxWaitMs
  while (Date.now() < deadline) {
    await server.call("count-start")
    await sleep(quietMs)
    const seen = await server.call("count-stop")
    if (!seen.length) return true
  }
  return false
}

/**
 * SQL statements the server sends for one request, recorded in the server
 * process: the server is first left to go quiet (no background work from
 * earlier requests), then statements up to the end of the response are the
 * request's own; those in the following quiet period (subscribers of events
 * the request emitted, e.g. order.placed) are reported apart.
 */
async function countStatements(server, action) {
  await waitQuiet(server)
  await server.call("count-start")
  let result
  let statements
  let responseEnd = Infinity
  try {
    result = await action()
    responseEnd = epochNow()
    await sleep(150)
    await waitQuietWhileRecording(server)
  } finally {
    statements = await server.call("count-stop")
  }
  const inRequest = statements.filter((s) => s.at <= responseEnd)
  const after = statements.filter((s) => s.at > responseEnd)
  const counts = classify(inRequest)
  if (process.env.BENCH_DUMP_SQL) counts.sql = inRequest.map((s) => `${s.ms.toFixed(2)}ms c${s.client} ${s.sql.replace(/\s+/g, " ").slice(0, 220)}`)
  const afterCounts = classify(after)
  counts.after_response = { total: afterCounts.total, agreement_data: afterCounts.agreement_data, ledger_statements: afterCounts.ledger_statements }
  return { result, counts }
}

/** While recording: polls the recorded count until it stops growing for 400 ms (max 10 s). */
async function waitQuietWhileRecording(server) {
  let last = -1
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const n = await server.call("count-size")
    if (n === last) return
    last = n
    await sleep(400)
  }
}

/** Round trips per cart operation, each counted on the server for exactly one request. */
async function measureRoundTrips({ server, apis, seed }) {
  const v = seed.variants
  const rows = []
  const a = apis.A
  const b = apis.B
  const cartA = await a.createCart()
  const cartB = await b.createCart()

  let r = await countStatements(server, () => a.add(cartA.id, v[0].id))
  rows.push({ operation: "A: first add-to-cart (auto-apply links the cart)", ...r.counts })
  r = await countStatements(server, () => a.add(cartA.id, v[1].id))
  rows.push({ operation: "A: add-to-cart, cart already linked", ...r.counts, key: "linked_add" })
  const lineA = r.result.data.cart.items.find((i) => i.variant_id === v[1].id)
  r = await countStatements(server, () => a.updateLine(cartA.id, lineA.id, 3))
  rows.push({ operation: "A: update line quantity, linked cart", ...r.counts })
  r = await countStatements(server, () => b.add(cartB.id, v[0].id))
  rows.push({ operation: "B: add-to-cart, no agreement (auto-apply lookup finds none)", ...r.counts })
  r = await countStatements(server, () => b.add(cartB.id, v[1].id))
  rows.push({ operation: "B: second add-to-cart, no agreement", ...r.counts })

  const fullA = (await a.add(cartA.id, v[2].id)).data.cart
  const fullB = (await b.add(cartB.id, v[2].id)).data.cart
  await a.prepareCheckout(fullA)
  await b.prepareCheckout(fullB)
  r = await countStatements(server, () => a.complete(cartA.id))
  rows.push({ operation: "A: complete cart (3 lines, linked)", ...r.counts })
  r = await countStatements(server, () => b.complete(cartB.id))
  rows.push({ operation: "B: complete cart (3 lines, no agreement)", ...r.counts })
  return rows
}

async function runHttpBench({ server, baseUrl, seed, config, log }) {
  const client = createClient(baseUrl)
  const apis = { A: makeCustomerApi(client, seed, "A"), B: makeCustomerApi(client, seed, "B") }
  try {
    // every measured path gets warmed (JIT): the first add that auto-applies, the add to a
    // pre-linked cart and the adds to a linked cart run A-only code that a round of 10-line
    // carts alone would leave cold, counted against the agreement
    log(`warm-up (${config.warmupRounds} rounds of 8 one-line carts, 4 pre-linked one-line carts and one 10-line cart each)`)
    for (let w = 0; w < config.warmupRounds; w++) {
      await measureRound({ apis, seed, lines: 1, carts: 8, round: w })
      await measureRound({ apis, seed, lines: 1, carts: 4, round: w, prelink: true, complete: false })
      await measureRound({ apis, seed, lines: 10, carts: 1, round: w })
    }

    log("counting SQL round trips per cart operation")
    const roundTrips = await measureRoundTrips({ server, apis, seed })

    const sizes = []
    const countsInRuns = []
    for (const { lines, carts, prelink = false, complete = true } of config.sizes) {
      const rounds = { A: { add: [], add_first: [], add_linked: [], complete: [] }, B: { add: [], add_first: [], add_linked: [], complete: [] } }
      const t0 = Date.now()
      for (let round = 0; round < config.runs; round++) {
        const out = await measureRound({ apis, seed, lines, carts, round, prelink, complete, server: round === 0 && !prelink ? server : null })
        for (const who of ["A", "B"]) for (const k of Object.keys(out[who])) rounds[who][k].push(out[who][k])
        if (out.counts) {
          for (const [key, n] of Object.entries(out.counts)) {
            const [who, what] = key.split(":")
            const label = what.startsWith("complete")
              ? `${who}: complete cart (${lines} line${lines > 1 ? "s" : ""}${who === "A" ? ", linked" : ", no agreement"})`
              : `${who}: add-to-cart, line ${lines} of ${lines}${who === "A" ? (lines === 1 ? " (auto-apply links the cart)" : ", linked cart") : ", no agreement"}`
            countsInRuns.push({ operation: label, ...n })
          }
        }
      }
      const stats = {}
      for (const who of ["A", "B"]) {
        stats[who] = {}
        for (const k of Object.keys(rounds[who])) stats[who][k] = summarizeRuns(rounds[who][k])
      }
      const compare = (metric) => {
        const A = stats.A[metric]
        const B = stats.B[metric]
        if (!A.samples || !B.samples) return null
        // Ratio of medians per run, then the median over runs (paired: same run, same drift).
        const perRunRatio = rounds.A[metric].map((xs, i) => median(xs) / median(rounds.B[metric][i]))
        const perRunP99Diff = rounds.A[metric].map((xs, i) => {
          const sa = stats.A[metric].per_run[i]
          const sb = stats.B[metric].per_run[i]
          return sa && sb ? sa.p99 - sb.p99 : NaN
        })
        // the measurement's own resolution at p99: how far the unlinked request's p99 moves
        // from one run to the next (same code, same sample size)
        const bP99 = B.per_run.map((r) => r.p99)
        const runToRun = bP99.slice(1).map((x, i) => Math.abs(x - bP99[i]))
        return {
          unlinked_p99_run_to_run_ms: runToRun.length ? median(runToRun) : NaN,
          linked_p50: A.p50,
          linked_p99: A.p99,
          unlinked_p50: B.p50,
          unlinked_p99: B.p99,
          ratio_of_medians: A.p50 / B.p50,
          ratio_median_per_run: median(perRunRatio),
          p99_diff_ms: A.p99 - B.p99,
          p99_diff_median_per_run: median(perRunP99Diff),
          samples_per_run: A.samples_per_run[0],
        }
      }
      sizes.push({
        lines,
        prelink,
        carts_per_run: carts,
        runs: config.runs,
        seconds: Math.round((Date.now() - t0) / 100) / 10,
        add: compare("add"),
        add_first: compare("add_first"),
        add_linked: lines > 1 ? compare("add_linked") : null,
        complete: complete ? compare("complete") : null,
        raw: rounds,
        stats,
      })
      const done = sizes[sizes.length - 1]
      log(
        `cart size ${lines}${prelink ? " (A pre-linked)" : ""}: add ratio ${done.add.ratio_median_per_run.toFixed(3)}` +
          (done.complete ? `, complete ratio ${done.complete.ratio_median_per_run.toFixed(3)}` : "") +
          ` (${done.seconds} s)`
      )
    }
    // the first add of a 1-line cart repeats the "first add" row of roundTrips
    return { roundTrips: [...roundTrips, ...countsInRuns.filter((r) => !/line 1 of 1/.test(r.operation))], sizes }
  } finally {
    client.close()
  }
}

/** A few linked adds after the lookup benchmark filled the tables (1M commitments). */
async function linkedAddsAtScale({ server, baseUrl, seed, adds }) {
  const client = createClient(baseUrl)
  try {
    const apis = { A: makeCustomerApi(client, seed, "A"), B: makeCustomerApi(client, seed, "B") }
    const out = { A: [], B: [] }
    const carts = { A: (await apis.A.createCart()).id, B: (await apis.B.createCart()).id }
    let lastA
    for (let i = 0; i < adds; i++) {
      for (const who of i % 2 ? ["B", "A"] : ["A", "B"]) {
        const res = await apis[who].add(carts[who], seed.variants[i % seed.variants.length].id)
        if (i > 0) out[who].push(res.ms)
        if (who === "A") lastA = res.data.cart
      }
    }
    verifyCart("A", lastA, seed, adds)
    const { counts } = await countStatements(server, () => apis.A.add(carts.A, seed.variants[adds].id))
    return { A: out.A, B: out.B, linked_add_round_trips: counts }
  } finally {
    client.close()
  }
}

module.exports = { runHttpBench, linkedAddsAtScale, classify, makeCustomerApi, verifyCart, waitQuiet }
