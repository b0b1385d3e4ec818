import { spawn } from "node:child_process"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import axios from "axios"
import { toDecimal } from "../../src/domain/money/decimal"
import { reconcileLedger } from "../../src/lib/reconcile/reconcile-ledger"
import orderCanceledReverseLedger, { config as orderCanceledConfig } from "../../src/subscribers/order-canceled-reverse-ledger"
import orderChangedSyncLedger, { config as orderChangedConfig } from "../../src/subscribers/order-changed-sync-ledger"
import orderPlacedAttachLedger from "../../src/subscribers/order-placed-attach-ledger"
import returnReceivedSyncLedger, { config as returnReceivedConfig } from "../../src/subscribers/return-received-sync-ledger"
import { CRASH_BEFORE_LEDGER_ATTACH_ENV } from "../../src/workflows/ledger/steps/attach-checkout-reservations"
import { createSalesAgreementWorkflow, updateSalesAgreementStatusWorkflow } from "../../src/workflows"
import { createAdminUser } from "../utils/admin"
import { startAppProcess } from "../utils/app-process"
import { prepareCheckoutViaStoreApi, seedCheckout, submitCheckoutViaStoreApi } from "../utils/checkout"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext, StoreContext } from "../utils/store"

jest.setTimeout(6 * 60 * 1000)

const REPO_ROOT = path.resolve(__dirname, "..", "..")

/** A ledger row reduced to what it counts and where it is attached. */
type Row = {
  id: string
  kind: string
  line: string
  quantity: string
  amount: string
  order_id: string | null
  order_line_item_id: string | null
  return_id: string | null
  key: string
}

/** `npm run reconcile -- <args>` against the test database, as an operator runs it. */
function runReconcileCommand(databaseUrl: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "reconcile", "--", ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: "", LOG_LEVEL: "error" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.once("exit", (code) => resolve({ code, output }))
  })
}

/*
 * Proofs of issue 4 that ledger.spec.ts does not make: duplicate and
 * concurrent deliveries of every order event the plugin subscribes to, and a
 * real crash (SIGKILL of a server process) between order creation and the
 * ledger write, repaired by the reconciliation command.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: { authorization: string }
    let store: StoreContext
    let catalog: SeededCatalog
    let buyerToken: string
    let agreement: any
    let stockLocationId: string

    beforeAll(async () => {
      const container = getContainer()
      adminHeaders = (await createAdminUser(container)).headers
      store = await createStoreContext(container, { currency: "eur" })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      stockLocationId = checkout.stockLocationId
      catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, currencies: ["eur"], shippingProfileId: checkout.shippingProfileId })
      const buyer = await createCustomer(container, { email: "buyer@ledger-proofs.test" })
      buyerToken = buyer.token
      const { result } = await createSalesAgreementWorkflow(container).run({
        input: {
          customer_id: buyer.customer.id,
          currency_code: "eur",
          effective_date: "2020-01-01T00:00:00Z",
          expiration_date: "2099-12-31T23:59:59Z",
          lines: [
            { commitment_type: "product_quantity", product_variant_id: catalog.products.screw.variants.m4x20.id, quantity: 100, unit_price: "8.50", max_enforced: true },
            { commitment_type: "product_value", product_id: catalog.products.bolt.id, amount: "1000", discount_percent: "10" },
          ],
        },
      })
      await updateSalesAgreementStatusWorkflow(container).run({ input: { id: result.id, status: "effective" } })
      agreement = result
    })

    const service = () => getContainer().resolve<any>("salesAgreement")
    const storeHeaders = () => store.storeHeaders(buyerToken) as unknown as Record<string, string>
    const adminConfig = () => ({ headers: adminHeaders })
    const screwLine = () => agreement.lines[0].id as string
    const boltLine = () => agreement.lines[1].id as string

    const preparedCart = async (lines: [string, number][]) => {
      const cart = (await api.post("/store/carts", { region_id: store.region.id }, { headers: storeHeaders() })).data.cart
      for (const [variant_id, quantity] of lines) {
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, { headers: storeHeaders() })
      }
      await prepareCheckoutViaStoreApi(api as any, cart.id, storeHeaders())
      return cart.id as string
    }

    const rows = async (): Promise<Row[]> => {
      const entries: any[] = await service().listSalesAgreementLedgerEntries({}, { order: { id: "ASC" } })
      return entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        line: e.sales_agreement_line_id,
        quantity: toDecimal(String(e.raw_quantity?.value ?? e.quantity)).toFixed(),
        amount: toDecimal(String(e.raw_amount?.value ?? e.amount)).toFixed(),
        order_id: e.order_id,
        order_line_item_id: e.order_line_item_id,
        return_id: e.return_id,
        key: e.idempotency_key,
      }))
    }
    /** [kind, commitment, quantity, amount, order, order line, return] per row, sorted: what the ledger counts */
    const movements = (list: Row[]) =>
      list.map((r) => [r.kind, r.line, r.quantity, r.amount, r.order_id, r.order_line_item_id, r.return_id]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    const eventLogKeys = async () => ((await service().listSalesAgreementEventLogs({})) as any[]).map((l) => l.key).sort()

    /** Calls a subscriber's handler `times` times at once, as duplicate deliveries of one event would. */
    const deliver = (handler: (args: any) => Promise<void>, name: string, data: Record<string, unknown>, times = 2) =>
      Promise.all(Array.from({ length: times }, () => handler({ event: { name, data, metadata: {} }, container: getContainer(), pluginOptions: {} })))

    /**
     * Runs `action` with the plugin's subscriber taken off the event bus, so the
     * event it emits is not delivered yet (still queued, as far as the ledger
     * knows): the deliveries the test makes next are the first ones.
     */
    const withDeliveryHeld = async (config: { event: string | string[]; context?: { subscriberId?: string } }, action: () => Promise<unknown>) => {
      const emitter = (getContainer().resolve(Modules.EVENT_BUS) as any).eventEmitter_
      const events = ([] as string[]).concat(config.event)
      const held = events.flatMap((name) =>
        emitter.listeners(name).filter((l: any) => l.subscriberId === config.context?.subscriberId).map((l: any) => [name, l] as const)
      )
      expect(held).toHaveLength(events.length)
      held.forEach(([name, l]) => emitter.removeListener(name, l))
      try {
        await action()
      } finally {
        held.forEach(([name, l]) => emitter.on(name, l))
      }
    }

    /** The checkout's own settling (after the response) has attached every entry of the cart. */
    const attached = async (cartId: string) => {
      for (let i = 0; i < 80; i++) {
        const pending = await service().listSalesAgreementLedgerEntries({ cart_id: cartId, order_id: null })
        if (!pending.length) return
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`ledger entries of cart (${cartId}) were never attached`)
    }

    describe("duplicate and concurrent order event deliveries", () => {
      it("should leave the ledger as the first delivery left it, for every order event the plugin subscribes to", async () => {
        const screwVariant = catalog.products.screw.variants.m4x20.id
        const boltVariant = catalog.products.bolt.variants.m8.id
        const h = adminConfig()

        // order.placed: the checkout's own settling and the subscriber attach the held balances
        const cartId = await preparedCart([
          [screwVariant, 5],
          [boltVariant, 2],
        ])
        const { order } = (await submitCheckoutViaStoreApi(api as any, cartId, storeHeaders())) as any
        await attached(cartId)
        const screwItem = order.items.find((i: any) => i.variant_id === screwVariant)
        const boltItem = order.items.find((i: any) => i.variant_id === boltVariant)
        const afterPlaced = await rows()
        expect(movements(afterPlaced)).toEqual(
          movements([
            { kind: "ordered", line: screwLine(), quantity: "5", amount: "42.5", order_id: order.id, order_line_item_id: screwItem.id, return_id: null } as Row,
            { kind: "ordered", line: boltLine(), quantity: "2", amount: "45", order_id: order.id, order_line_item_id: boltItem.id, return_id: null } as Row,
          ])
        )
        const eventsAfterPlaced = await eventLogKeys()
        // back to the state before any delivery (entries held by the checkout, not attached): three first deliveries at once attach once
        await service().updateSalesAgreementLedgerEntries(afterPlaced.map((r) => ({ id: r.id, order_id: null, order_line_item_id: null })))
        await deliver(orderPlacedAttachLedger, "order.placed", { id: order.id }, 3)
        expect(await rows()).toEqual(afterPlaced)
        await deliver(orderPlacedAttachLedger, "order.placed", { id: order.id })
        expect(await rows()).toEqual(afterPlaced)
        expect(await eventLogKeys()).toEqual(eventsAfterPlaced)

        // order-edit.confirmed and order.updated (screw 5 -> 3), first delivered twice each at once: the difference is written once
        await withDeliveryHeld(orderChangedConfig, async () => {
          await api.post("/admin/order-edits", { order_id: order.id }, h)
          await api.post(`/admin/order-edits/${order.id}/items/item/${screwItem.id}`, { quantity: 3 }, h)
          await api.post(`/admin/order-edits/${order.id}/request`, {}, h)
          await api.post(`/admin/order-edits/${order.id}/confirm`, {}, h)
        })
        expect(await rows()).toEqual(afterPlaced)
        await Promise.all([
          deliver(orderChangedSyncLedger, "order-edit.confirmed", { order_id: order.id }),
          deliver(orderChangedSyncLedger, "order.updated", { id: order.id }),
        ])
        const afterEdit = await rows()
        expect(movements(afterEdit)).toEqual(
          movements([...afterPlaced, { kind: "reversed", line: screwLine(), quantity: "2", amount: "17", order_id: order.id, order_line_item_id: screwItem.id, return_id: null } as Row])
        )
        await Promise.all([
          deliver(orderChangedSyncLedger, "order-edit.confirmed", { order_id: order.id }),
          deliver(orderChangedSyncLedger, "order.updated", { id: order.id }),
        ])
        expect(await rows()).toEqual(afterEdit)

        // order.return_received (one screw back), first delivered three times at once: counted once
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: screwItem.id, quantity: 3 }], location_id: stockLocationId }, h)
        const ret = (await api.post("/admin/returns", { order_id: order.id, location_id: stockLocationId }, h)).data.return
        await api.post(`/admin/returns/${ret.id}/request-items`, { items: [{ id: screwItem.id, quantity: 1 }] }, h)
        await api.post(`/admin/returns/${ret.id}/request`, {}, h)
        await api.post(`/admin/returns/${ret.id}/receive`, {}, h)
        await api.post(`/admin/returns/${ret.id}/receive-items`, { items: [{ id: screwItem.id, quantity: 1 }] }, h)
        await withDeliveryHeld(returnReceivedConfig, () => api.post(`/admin/returns/${ret.id}/receive/confirm`, {}, h))
        expect(await rows()).toEqual(afterEdit)
        await deliver(returnReceivedSyncLedger, "order.return_received", { order_id: order.id, return_id: ret.id }, 3)
        const afterReturn = await rows()
        expect(movements(afterReturn)).toEqual(
          movements([...afterEdit, { kind: "returned", line: screwLine(), quantity: "1", amount: "8.5", order_id: order.id, order_line_item_id: screwItem.id, return_id: ret.id } as Row])
        )
        expect(await service().listSalesAgreementReturnLinks({ return_id: ret.id })).toHaveLength(1)
        await deliver(returnReceivedSyncLedger, "order.return_received", { order_id: order.id, return_id: ret.id })
        expect(await rows()).toEqual(afterReturn)

        // order.canceled (a second order), first delivered three times at once while the reconciliation
        // repairs the same order (per order, as order.updated does, and whole): reversed once
        const secondCart = await preparedCart([[screwVariant, 4]])
        const second = ((await submitCheckoutViaStoreApi(api as any, secondCart, storeHeaders())) as any).order
        await attached(secondCart)
        const beforeCancel = await rows()
        await withDeliveryHeld(orderCanceledConfig, () => api.post(`/admin/orders/${second.id}/cancel`, {}, h))
        expect(await rows()).toEqual(beforeCancel)
        await Promise.all([
          deliver(orderCanceledReverseLedger, "order.canceled", { id: second.id }, 3),
          reconcileLedger(getContainer(), { order_id: second.id, fix: true }),
          reconcileLedger(getContainer(), { fix: true }),
        ])
        const afterCancel = await rows()
        expect(movements(afterCancel)).toEqual(
          movements([...beforeCancel, { kind: "reversed", line: screwLine(), quantity: "4", amount: "34", order_id: second.id, order_line_item_id: second.items[0].id, return_id: null } as Row])
        )

        // every event again, twice at once, all together: nothing changes
        const eventsBefore = await eventLogKeys()
        await Promise.all([
          deliver(orderPlacedAttachLedger, "order.placed", { id: order.id }),
          deliver(orderPlacedAttachLedger, "order.placed", { id: second.id }),
          deliver(orderCanceledReverseLedger, "order.canceled", { id: second.id }),
          deliver(orderChangedSyncLedger, "order.updated", { id: second.id }),
          deliver(orderChangedSyncLedger, "order-edit.confirmed", { order_id: order.id }),
          deliver(returnReceivedSyncLedger, "order.return_received", { order_id: order.id, return_id: ret.id }),
        ])
        expect(await rows()).toEqual(afterCancel)
        expect(await eventLogKeys()).toEqual(eventsBefore)

        // the figures are the hand-computed ones and the reconciliation agrees
        const sa = (await api.get(`/admin/sales-agreements/${agreement.id}`, h)).data.sales_agreement
        expect(sa.lines[0].fulfillment).toEqual(expect.objectContaining({ ordered: "3", returned: "1", remaining: "98" }))
        expect(sa.lines[1].fulfillment).toEqual(expect.objectContaining({ ordered: "45", remaining: "955" }))
        const report = await reconcileLedger(getContainer())
        expect(report.drift).toEqual([])
        expect(report.pending).toEqual({ attached_carts: [], released_carts: [], waiting_carts: [] })
      })
    })

    describe("crash between order creation and the ledger write", () => {
      it("should be repaired by the reconciliation command after the server process is killed", async () => {
        const container = getContainer()
        const databaseUrl = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.databaseUrl!
        const cartId = await preparedCart([[catalog.products.screw.variants.m4x20.id, 3]])

        // a server whose order.placed attach step kills its own process (SIGKILL) before writing
        const server = await startAppProcess(databaseUrl, { env: { [CRASH_BEFORE_LEDGER_ATTACH_ENV]: "1" } })
        try {
          const response = await axios
            .post(`http://127.0.0.1:${server.port}/store/carts/${cartId}/complete`, {}, { headers: storeHeaders(), validateStatus: () => true })
            .then((r) => ({ status: r.status, type: r.data?.type }))
            .catch((e) => ({ status: 0, type: e.code }))
          // the process may die before or after it answered: either way the order is placed
          expect([{ status: 200, type: "order" }, { status: 0, type: "ECONNRESET" }, { status: 0, type: "ECONNREFUSED" }]).toContainEqual(response)
          expect(await server.exited).toEqual({ code: null, signal: "SIGKILL" })
        } finally {
          await server.stop()
        }

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [cart],
        } = (await query.graph({ entity: "cart", fields: ["id", "completed_at", "order.id", "order.items.id"], filters: { id: cartId } })) as any
        expect(cart.order?.id).toBeTruthy()
        const held = await rows()
        expect(held).toEqual([expect.objectContaining({ kind: "ordered", line: screwLine(), quantity: "3", order_id: null, order_line_item_id: null })])
        const dry = await reconcileLedger(container)
        expect(dry.pending.attached_carts).toEqual([cartId])

        // the repair an operator runs, with no manual step
        const fixed = await runReconcileCommand(databaseUrl, ["--fix"])
        expect({ code: fixed.code, output: fixed.output }).toEqual({ code: 0, output: expect.stringContaining("1 placed but not attached") })
        expect(fixed.output).toContain("no drift")
        expect(await rows()).toEqual([{ ...held[0], order_id: cart.order.id, order_line_item_id: cart.order.items[0].id }])
        const again = await reconcileLedger(container)
        expect(again.drift).toEqual([])
        expect(again.pending).toEqual({ attached_carts: [], released_carts: [], waiting_carts: [] })
        const sa = (await api.get(`/admin/sales-agreements/${agreement.id}`, adminConfig())).data.sales_agreement
        expect(sa.lines[0].fulfillment).toEqual(expect.objectContaining({ ordered: "3", remaining: "97" }))
      })
    })
  },
})
