import http from "node:http"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import axios from "axios"
import { toDecimal } from "../../src/domain/money/decimal"
import { reconcileLedger } from "../../src/lib/reconcile/reconcile-ledger"
import { createSalesAgreementWorkflow, updateSalesAgreementStatusWorkflow } from "../../src/workflows"
import { AppProcess, startAppProcess } from "../utils/app-process"
import { createAdminUser } from "../utils/admin"
import { prepareCheckoutViaStoreApi, seedCheckout } from "../utils/checkout"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext, StoreContext } from "../utils/store"

jest.setTimeout(8 * 60 * 1000)

const CHECKOUTS = 200
const COMMITTED = 100
const CLIENTS_PER_SERVER = 4

/**
 * Copies a cart that is ready to complete (lines, addresses, shipping method,
 * payment collection and session, with every id renewed) `count` times, in
 * bulk SQL. Preparing 200 carts through the store API takes minutes on CI;
 * what this suite proves is the completion, which goes through the store API.
 */
async function cloneReadyCart(pg: any, cartId: string, count: number): Promise<string[]> {
  const one = async (sql: string, ids: (string | null)[]) => (ids.filter(Boolean).length ? (await pg.raw(sql, [ids.filter(Boolean)])).rows : [])
  const [cart] = await one(`select * from cart where id = any(?)`, [cartId])
  const items = await one(`select * from cart_line_item where cart_id = any(?) and deleted_at is null`, [cartId])
  const methods = await one(`select * from cart_shipping_method where cart_id = any(?) and deleted_at is null`, [cartId])
  const cartPayment = await one(`select * from cart_payment_collection where cart_id = any(?) and deleted_at is null`, [cartId])
  const collectionIds = cartPayment.map((c: any) => c.payment_collection_id)
  const plan: [string, any[]][] = [
    ["cart_address", await one(`select * from cart_address where id = any(?)`, [cart.shipping_address_id, cart.billing_address_id])],
    ["cart", [cart]],
    ["cart_line_item", items],
    ["cart_line_item_tax_line", await one(`select * from cart_line_item_tax_line where item_id = any(?) and deleted_at is null`, items.map((i: any) => i.id))],
    ["cart_line_item_adjustment", await one(`select * from cart_line_item_adjustment where item_id = any(?) and deleted_at is null`, items.map((i: any) => i.id))],
    ["cart_shipping_method", methods],
    ["cart_shipping_method_tax_line", await one(`select * from cart_shipping_method_tax_line where shipping_method_id = any(?) and deleted_at is null`, methods.map((m: any) => m.id))],
    ["cart_shipping_method_adjustment", await one(`select * from cart_shipping_method_adjustment where shipping_method_id = any(?) and deleted_at is null`, methods.map((m: any) => m.id))],
    ["payment_collection", await one(`select * from payment_collection where id = any(?)`, collectionIds)],
    ["payment_session", await one(`select * from payment_session where payment_collection_id = any(?) and deleted_at is null`, collectionIds)],
    ["cart_payment_collection", cartPayment],
  ]
  const jsonColumns = new Set(
    (await pg.raw(`select table_name || '.' || column_name as c from information_schema.columns where table_schema = current_schema() and data_type in ('json', 'jsonb')`)).rows.map((r: any) => r.c)
  )
  const clones: string[] = []
  const rowsByTable = new Map<string, any[]>(plan.map(([t]) => [t, []]))
  for (let n = 0; n < count; n++) {
    const renewed = new Map<string, string>()
    for (const [, rows] of plan) {
      for (const r of rows) renewed.set(r.id, generateEntityId(undefined, r.id.slice(0, r.id.lastIndexOf("_"))))
    }
    for (const [table, rows] of plan) {
      for (const r of rows) {
        const copy: Record<string, unknown> = {}
        for (const [column, value] of Object.entries(r)) {
          copy[column] =
            typeof value === "string" && renewed.has(value)
              ? renewed.get(value)
              : value !== null && jsonColumns.has(`${table}.${column}`)
                ? JSON.stringify(value)
                : value
        }
        rowsByTable.get(table)!.push(copy)
      }
    }
    clones.push(renewed.get(cartId)!)
  }
  for (const [table, rows] of rowsByTable) {
    for (let i = 0; i < rows.length; i += 500) await pg(table).insert(rows.slice(i, i + 500))
  }
  return clones
}

/*
 * SPEC §5 "never over-committed": 200 checkouts of one max-enforced commitment
 * fired at once, from several clients, at two separate Medusa server processes
 * sharing the database. completeCartWorkflow only locks the cart id, with the
 * in-memory locking provider of its own process; the guarantee comes from the
 * database (the commitment row locked FOR UPDATE while the balance is checked
 * and the entry written), so it must hold across processes.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: { authorization: string }
    let store: StoreContext
    let catalog: SeededCatalog
    let buyerToken: string
    let agreement: any

    beforeAll(async () => {
      const container = getContainer()
      adminHeaders = (await createAdminUser(container)).headers
      store = await createStoreContext(container, { currency: "eur" })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, currencies: ["eur"], shippingProfileId: checkout.shippingProfileId })
      const buyer = await createCustomer(container, { email: "buyer@two-process.test" })
      buyerToken = buyer.token
      const { result } = await createSalesAgreementWorkflow(container).run({
        input: {
          customer_id: buyer.customer.id,
          currency_code: "eur",
          effective_date: "2020-01-01T00:00:00Z",
          expiration_date: "2099-12-31T23:59:59Z",
          lines: [
            { commitment_type: "product_quantity", product_variant_id: catalog.products.screw.variants.m4x20.id, quantity: COMMITTED, unit_price: "8.50", max_enforced: true },
          ],
        },
      })
      await updateSalesAgreementStatusWorkflow(container).run({ input: { id: result.id, status: "effective" } })
      agreement = result
    })

    it(`should accept at most the commitment out of ${CHECKOUTS} concurrent checkouts on two processes`, async () => {
      const container = getContainer()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
      const databaseUrl = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.databaseUrl!
      const t0 = Date.now()
      const booting = Promise.all([startAppProcess(databaseUrl), startAppProcess(databaseUrl)])
      let servers: AppProcess[] = []
      try {
        // one cart made ready the way a storefront does it, linked and priced by the plugin; the others are copies of it
        const headers = store.storeHeaders(buyerToken) as unknown as Record<string, string>
        const cart = (await api.post("/store/carts", { region_id: store.region.id }, { headers })).data.cart
        const added = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: catalog.products.screw.variants.m4x20.id, quantity: 1 }, { headers })).data.cart
        expect(added.items[0]).toEqual(expect.objectContaining({ unit_price: 8.5, metadata: expect.objectContaining({ sales_agreement_line_id: agreement.lines[0].id }) }))
        await prepareCheckoutViaStoreApi(api as any, cart.id, headers)
        const carts = [cart.id, ...(await cloneReadyCart(pg, cart.id, CHECKOUTS - 1))]
        expect(new Set(carts).size).toEqual(CHECKOUTS)
        const prepared = Date.now()
        servers = await booting
        console.log(`carts ready in ${prepared - t0} ms, servers up after ${Date.now() - t0} ms`)

        // several clients per server, each with its own connections; every checkout fired at once
        const clients = servers.flatMap((s, server) =>
          Array.from({ length: CLIENTS_PER_SERVER }, () => ({
            server,
            http: axios.create({ baseURL: `http://127.0.0.1:${s.port}`, headers, validateStatus: () => true, httpAgent: new http.Agent({ keepAlive: true }) }),
          }))
        )
        const started = Date.now()
        const outcomes = await Promise.all(
          carts.map((id, i) => {
            const client = clients[i % clients.length]
            return client.http
              .post(`/store/carts/${id}/complete`, {})
              .then((r) => ({ cart_id: id, server: client.server, status: r.status, data: r.data }))
              .catch((e) => ({ cart_id: id, server: client.server, status: 0, data: { message: String(e.message) } }))
          })
        )
        console.log(`${CHECKOUTS} checkouts answered in ${Date.now() - started} ms`)

        // every request answered, no 500 (a deadlock or a lock timeout would be one), refusals are clear 400s
        const accepted = outcomes.filter((o) => o.status === 200 && o.data.type === "order")
        const refused = outcomes.filter((o) => !(o.status === 200 && o.data.type === "order"))
        expect(refused.filter((o) => o.status !== 400)).toEqual([])
        for (const r of refused) {
          expect(r.data.message).toMatch(/line (item \(cali_\w+\)|\d+ \(sagrl_\w+\))/)
          // the atomic check under the row lock ("has 0 quantity remaining, 1 requested") or the
          // re-check before it, when another checkout took the balance first ("has 0 units remaining")
          expect(r.data.message).toMatch(/has 0 (quantity|units) remaining/)
        }
        const atomic = refused.filter((r) => /Max-enforced commitments would be exceeded/.test(r.data.message)).length
        console.log(`${accepted.length} accepted (${accepted.filter((o) => o.server === 0).length} on the first server), ${refused.length} refused (${atomic} by the atomic check under the row lock, ${refused.length - atomic} by the re-check before it)`)
        expect(accepted.length).toBeLessThanOrEqual(COMMITTED)
        // nothing failed after taking its balance, so the commitment is used up exactly
        expect(accepted.length).toEqual(COMMITTED)
        // both processes took part in the race (which one wins the balance is timing: with a fast
        // ledger write one process can take all of it, so requiring orders from both would be flaky)
        expect(new Set(outcomes.map((o) => o.server)).size).toEqual(2)

        // the ledger, once every checkout settled: one entry per accepted order line, nothing else
        const ledger = async () =>
          (await pg.raw(`select * from sales_agreement_ledger_entry where deleted_at is null order by id`)).rows as any[]
        let entries = await ledger()
        for (let i = 0; i < 100 && entries.some((e) => !e.order_id); i++) {
          await new Promise((r) => setTimeout(r, 200))
          entries = await ledger()
        }
        const acceptedIds = accepted.map((o) => o.data.order.id).sort()
        // the orders as the Order module stores them (current version of each order line)
        const orderLines: { order_id: string; order_line_item_id: string; quantity: string }[] = (
          await pg.raw(`
            select o.id as order_id, oi.item_id as order_line_item_id, (oi.raw_quantity->>'value') as quantity
            from "order" o join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
            where o.deleted_at is null`)
        ).rows.map((r: any) => ({ ...r, quantity: toDecimal(r.quantity).toFixed() }))
        expect([...new Set(orderLines.map((l) => l.order_id))].sort()).toEqual(acceptedIds)
        expect(
          entries.map((e) => ({ order_id: e.order_id, order_line_item_id: e.order_line_item_id, quantity: toDecimal(e.raw_quantity.value).toFixed() }))
        ).toEqual(expect.arrayContaining(orderLines))
        expect(entries).toHaveLength(orderLines.length)
        expect(entries.every((e) => e.kind === "ordered" && e.sales_agreement_line_id === agreement.lines[0].id)).toBe(true)
        const ledgerTotal = entries.reduce((s, e) => s.plus(e.raw_quantity.value), toDecimal(0))
        const orderedTotal = orderLines.reduce((s, l) => s.plus(l.quantity), toDecimal(0))
        expect(ledgerTotal.toFixed()).toEqual(orderedTotal.toFixed())
        expect(ledgerTotal.lte(COMMITTED)).toBe(true)

        const { deadlocks } = (await pg.raw(`select deadlocks::int from pg_stat_database where datname = current_database()`)).rows[0]
        expect(deadlocks).toEqual(0)

        const sa = (await api.get(`/admin/sales-agreements/${agreement.id}`, { headers: adminHeaders })).data.sales_agreement
        expect(sa.lines[0].fulfillment).toEqual(
          expect.objectContaining({ committed: String(COMMITTED), ordered: ledgerTotal.toFixed(), remaining: toDecimal(COMMITTED).minus(ledgerTotal).toFixed() })
        )
        const report = await reconcileLedger(container)
        expect(report.drift).toEqual([])
        expect(report.pending).toEqual({ attached_carts: [], released_carts: [], waiting_carts: [] })
      } finally {
        servers = servers.length ? servers : await booting.catch(() => [])
        await Promise.all(servers.map((s) => s.stop()))
      }
    })
  },
})
