import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { reconcileLedger } from "../../src/lib/reconcile/reconcile-ledger"
import {
  emitSalesAgreementLifecycleEventsWorkflow,
  attachCheckoutReservationsWorkflow,
  createSalesAgreementWorkflow,
  reverseOrderConsumptionWorkflow,
  updateSalesAgreementStatusWorkflow,
} from "../../src/workflows"
import { createAdminUser } from "../utils/admin"
import { waitFor as waitForSettled } from "../utils/special-order-seeders"
import { completeCartViaStoreApi, prepareCheckoutViaStoreApi, seedCheckout, submitCheckoutViaStoreApi } from "../utils/checkout"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext, StoreContext } from "../utils/store"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: { authorization: string }
    let store: StoreContext
    let catalog: SeededCatalog
    let buyer: { id: string; token: string }
    let agreement: any
    let stockLocationId: string
    let shippingOptionId: string

    beforeAll(async () => {
      const container = getContainer()
      adminHeaders = (await createAdminUser(container)).headers
      store = await createStoreContext(container, { currency: "eur" })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      stockLocationId = checkout.stockLocationId
      shippingOptionId = checkout.shippingOptionId
      catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, currencies: ["eur"], shippingProfileId: checkout.shippingProfileId })
      const b = await createCustomer(container, { email: "buyer@ledger.test" })
      buyer = { id: b.customer.id, token: b.token }
      const { result } = await createSalesAgreementWorkflow(container).run({
        input: {
          customer_id: buyer.id,
          currency_code: "eur",
          effective_date: "2020-01-01T00:00:00Z",
          expiration_date: "2099-12-31T23:59:59Z",
          lines: [
            { commitment_type: "product_quantity", product_variant_id: catalog.products.screw.variants.m4x20.id, quantity: 10, unit_price: "8.50", max_enforced: true },
            { commitment_type: "product_value", product_id: catalog.products.bolt.id, amount: "1000", discount_percent: "10" },
          ],
        },
      })
      await updateSalesAgreementStatusWorkflow(container).run({ input: { id: result.id, status: "effective" } })
      agreement = result
    })

    const headers = () => ({ headers: store.storeHeaders(buyer.token) })
    const cartWith = async (lines: [string, number][]) => {
      const cart = (await api.post("/store/carts", { region_id: store.region.id }, headers())).data.cart
      for (const [variant, quantity] of lines) {
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant, quantity }, headers())
      }
      return cart.id as string
    }
    const checkout = (cartId: string) => completeCartViaStoreApi(api as any, cartId, store.storeHeaders(buyer.token))
    const figures = async () => {
      const sa = (await api.get(`/admin/sales-agreements/${agreement.id}`, { headers: adminHeaders })).data.sales_agreement
      return sa.lines.map((l: any) => l.fulfillment)
    }

    describe("checkout consumption", () => {
      it("should write ordered entries attached to the order and show the figures", async () => {
        const cartId = await cartWith([
          [catalog.products.screw.variants.m4x20.id, 4],
          [catalog.products.bolt.variants.m8.id, 2],
        ])
        const result: any = await checkout(cartId)
        expect(result.type).toEqual("order")
        const [screw, bolt] = await figures()
        expect(screw).toEqual({ unit: "quantity", committed: "10", ordered: "4", returned: "0", remaining: "6", percent_fulfilled: "40" })
        expect(bolt).toEqual({ unit: "amount", committed: "1000", ordered: "45", returned: "0", remaining: "955", percent_fulfilled: "4.5" })

        // the held balance becomes the order's once the response has been sent
        const ledger = await waitForSettled(
          async () => (await api.get(`/admin/sales-agreements/${agreement.id}/lines/${agreement.lines[0].id}/ledger`, { headers: adminHeaders })).data,
          (l: any) => l.entries.every((e: any) => !e.pending)
        )
        expect(ledger.count).toEqual(1)
        expect(ledger.entries[0]).toEqual(
          expect.objectContaining({ kind: "ordered", quantity: "4", amount: "34", pending: false, order: expect.objectContaining({ id: result.order.id }) })
        )
        expect(ledger.entries[0].order_line_item).toEqual(expect.objectContaining({ quantity: 4, unit_price: 8.5 }))
      })

      it("should refuse a checkout that no longer fits, writing nothing and keeping the cart", async () => {
        const first = await cartWith([[catalog.products.screw.variants.m4x20.id, 7]])
        const second = await cartWith([[catalog.products.screw.variants.m4x20.id, 5]])
        expect((await checkout(first) as any).type).toEqual("order")
        const error = await checkout(second).catch((e) => e)
        expect(error.message).toMatch(/HTTP 400/)
        expect(error.message).toMatch(/3 (quantity )?remaining|has 3/)
        const [screw] = await figures()
        expect(screw.ordered).toEqual("7")
        const cart = (await api.get(`/store/carts/${second}`, headers())).data.cart
        expect(cart.completed_at).toBeFalsy()
        expect(cart.items[0].quantity).toEqual(5)
      })

      it("should never over-commit under concurrent checkouts", async () => {
        const carts: string[] = []
        for (let i = 0; i < 8; i++) {
          const id = await cartWith([[catalog.products.screw.variants.m4x20.id, 2]])
          // payment sessions of one customer cannot be created concurrently (Medusa account holders)
          await prepareCheckoutViaStoreApi(api as any, id, store.storeHeaders(buyer.token))
          carts.push(id)
        }
        const outcomes = await Promise.all(
          carts.map((id) => submitCheckoutViaStoreApi(api as any, id, store.storeHeaders(buyer.token)).then((r: any) => r.type, (e) => e.message))
        )
        const accepted = outcomes.filter((o) => o === "order").length
        const refused = outcomes.filter((o) => o !== "order")
        // never more than the commitment; every refusal is a clear 400
        expect({ accepted, refused }).toEqual({ accepted: expect.any(Number), refused: expect.any(Array) })
        expect(accepted).toEqual(5)
        refused.forEach((message) => expect(message).toMatch(/HTTP 400 .*(remaining|no longer)/))
        const [screw] = await figures()
        expect(screw.ordered).toEqual(String(accepted * 2))
        expect(screw.remaining).toEqual(String(10 - accepted * 2))
      })
    })

    describe("cancellation", () => {
      it("should reverse a canceled order once, whatever the deliveries", async () => {
        const cartId = await cartWith([[catalog.products.screw.variants.m4x20.id, 3]])
        const { order } = (await checkout(cartId)) as any
        await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: adminHeaders })
        let [screw] = await figures()
        for (let i = 0; i < 20 && screw.ordered !== "0"; i++) {
          await new Promise((r) => setTimeout(r, 250))
          ;[screw] = await figures()
        }
        expect(screw.ordered).toEqual("0")
        expect(screw.remaining).toEqual("10")

        await Promise.all([
          reverseOrderConsumptionWorkflow(getContainer()).run({ input: { order_id: order.id, reason: "cancel" } }),
          reverseOrderConsumptionWorkflow(getContainer()).run({ input: { order_id: order.id, reason: "cancel" } }),
          attachCheckoutReservationsWorkflow(getContainer()).run({ input: { cart_id: cartId } }),
        ])
        ;[screw] = await figures()
        expect(screw).toEqual(expect.objectContaining({ ordered: "0", remaining: "10" }))
        const ledger = (await api.get(`/admin/sales-agreements/${agreement.id}/lines/${agreement.lines[0].id}/ledger`, { headers: adminHeaders })).data
        expect(ledger.entries.map((e: any) => e.kind).sort()).toEqual(["ordered", "reversed"])
      })
    })

    describe("returns", () => {
      const waitFor = async (predicate: () => Promise<boolean>) => {
        for (let i = 0; i < 40 && !(await predicate()); i++) await new Promise((r) => setTimeout(r, 250))
      }

      it("should reduce fulfillment when a return is received, and follow the admin's unlink and relink", async () => {
        const cartId = await cartWith([[catalog.products.screw.variants.m4x20.id, 6]])
        const { order } = (await checkout(cartId)) as any
        const item = order.items.find((i: any) => i.variant_id === catalog.products.screw.variants.m4x20.id)
        await api.post(
          `/admin/orders/${order.id}/fulfillments`,
          { items: [{ id: item.id, quantity: 6 }], location_id: stockLocationId },
          { headers: adminHeaders }
        )
        // the admin return flow of the dashboard: request, confirm, receive, confirm receipt
        const h = { headers: adminHeaders }
        const ret = (await api.post("/admin/returns", { order_id: order.id, location_id: stockLocationId }, h)).data.return
        await api.post(`/admin/returns/${ret.id}/request-items`, { items: [{ id: item.id, quantity: 2 }] }, h)
        await api.post(`/admin/returns/${ret.id}/request`, {}, h)
        await api.post(`/admin/returns/${ret.id}/receive`, {}, h)
        await api.post(`/admin/returns/${ret.id}/receive-items`, { items: [{ id: item.id, quantity: 2 }] }, h)
        await api.post(`/admin/returns/${ret.id}/receive/confirm`, {}, h)
        await waitFor(async () => (await figures())[0].returned === "2")
        let [screw] = await figures()
        expect(screw).toEqual(expect.objectContaining({ ordered: "6", returned: "2", remaining: "6", percent_fulfilled: "40" }))

        const unlinked = await api.delete(`/admin/returns/${ret.id}/sales-agreement`, { headers: adminHeaders })
        expect(unlinked.data.return_link).toEqual(expect.objectContaining({ linked: false, sales_agreement_id: agreement.id }))
        ;[screw] = await figures()
        expect(screw).toEqual(expect.objectContaining({ returned: "0", remaining: "4" }))

        // replays of the event change nothing
        const { syncReturnConsumptionWorkflow } = require("../../src/workflows")
        await Promise.all([1, 2, 3].map(() => syncReturnConsumptionWorkflow(getContainer()).run({ input: { return_id: ret.id } })))
        ;[screw] = await figures()
        expect(screw.returned).toEqual("0")

        const relinked = await api.post(`/admin/returns/${ret.id}/sales-agreement`, {}, { headers: adminHeaders })
        expect(relinked.data.return_link.linked).toEqual(true)
        ;[screw] = await figures()
        expect(screw).toEqual(expect.objectContaining({ returned: "2", remaining: "6" }))

        const other = await api.post(`/admin/returns/${ret.id}/sales-agreement`, { sales_agreement_id: "sagr_other" }, { headers: adminHeaders }).catch((e) => e.response)
        expect(other.status).toEqual(400)
        expect(other.data.message).toContain("one agreement only")
        const none = await api.delete(`/admin/returns/ret_nope/sales-agreement`, { headers: adminHeaders }).catch((e) => e.response)
        expect(none.status).toEqual(404)
      })
    })

    describe("reconciliation", () => {
      it("should report drift without --fix, repair it with --fix, and find nothing the second time", async () => {
        const service: any = getContainer().resolve("salesAgreement")
        const a = await cartWith([[catalog.products.screw.variants.m4x20.id, 2]])
        const b = await cartWith([[catalog.products.bolt.variants.m8.id, 4]])
        const c = await cartWith([[catalog.products.screw.variants.m4x20.id, 1]])
        const orderA = ((await checkout(a)) as any).order
        const orderB = ((await checkout(b)) as any).order
        const orderC = ((await checkout(c)) as any).order
        const before = await figures()

        // crash after the order was placed, before the ledger was attached
        const entriesA = await waitForSettled(() => service.listSalesAgreementLedgerEntries({ order_id: orderA.id }), (e: any[]) => e.length > 0)
        await service.updateSalesAgreementLedgerEntries(entriesA.map((e: any) => ({ id: e.id, order_id: null, order_line_item_id: null })))
        // an ordered write lost entirely
        const entriesB = await waitForSettled(() => service.listSalesAgreementLedgerEntries({ order_id: orderB.id }), (e: any[]) => e.length > 0)
        await service.softDeleteSalesAgreementLedgerEntries(entriesB.map((e: any) => e.id))
        // a cancellation whose reversal was lost
        await api.post(`/admin/orders/${orderC.id}/cancel`, {}, { headers: adminHeaders })
        for (let i = 0; i < 40; i++) {
          const rev = await service.listSalesAgreementLedgerEntries({ order_id: orderC.id, kind: "reversed" })
          if (rev.length) {
            await service.softDeleteSalesAgreementLedgerEntries(rev.map((e: any) => e.id))
            break
          }
          await new Promise((r) => setTimeout(r, 250))
        }

        // a commitment balance changed behind the triggers' back (they keep it beside the ledger)
        const pgConnection = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await pgConnection.raw(
          `update sales_agreement_line_balance set ordered_quantity = ordered_quantity + 100 where sales_agreement_line_id = ?`,
          [entriesA[0].sales_agreement_line_id]
        )

        const dry = await reconcileLedger(getContainer())
        expect(dry.balance_drift).toEqual(1)
        expect(dry.pending.attached_carts).toEqual([a])
        expect(dry.drift.map((d) => [d.order_id, d.kind, d.quantity_delta]).sort()).toEqual(
          [
            [orderA.id, "ordered", "2"],
            [orderB.id, "ordered", "4"],
            [orderC.id, "ordered", "-1"],
          ].sort()
        )
        expect(dry.corrections_written).toEqual(0)

        const fixed = await reconcileLedger(getContainer(), { fix: true })
        expect(fixed.drift.map((d) => d.order_id).sort()).toEqual([orderB.id, orderC.id].sort())
        expect(fixed.corrections_written).toEqual(2)
        expect(fixed.balance_drift).toEqual(1)

        const again = await reconcileLedger(getContainer(), { fix: true })
        expect(again.drift).toEqual([])
        expect(again.corrections_written).toEqual(0)
        expect(again.balance_drift).toEqual(0)
        const [screw, bolt] = await figures()
        expect(screw).toEqual(expect.objectContaining({ ordered: "2" }))
        expect(bolt).toEqual(expect.objectContaining({ ordered: "90" }))
        expect(before[0].ordered).toEqual("3")
      })
    })

    describe("lifecycle events", () => {
      it("should emit threshold, expiring and expired events once each", async () => {
        const cartId = await cartWith([[catalog.products.screw.variants.m4x20.id, 8]])
        await checkout(cartId)
        const run = async (now?: string) =>
          (await emitSalesAgreementLifecycleEventsWorkflow(getContainer()).run({ input: { sales_agreement_id: agreement.id, now } })).result
        await run()
        const service: any = getContainer().resolve("salesAgreement")
        const logged = await service.listSalesAgreementEventLogs({})
        expect(logged.map((l: any) => l.key)).toContain(`threshold:${agreement.lines[0].id}:80`)
        expect(logged.map((l: any) => l.key)).not.toContain(`threshold:${agreement.lines[0].id}:100`)
        expect(await run()).toEqual([])

        const expiring = await run("2099-12-15T00:00:00Z")
        expect(expiring.map((e: any) => e.name)).toEqual(["sales_agreement.expiring"])
        const expired = await run("2100-01-02T00:00:00Z")
        expect(expired.map((e: any) => e.name)).toEqual(["sales_agreement.expired"])
        expect(await run("2100-01-03T00:00:00Z")).toEqual([])
        const sa = (await service.listSalesAgreements({ id: agreement.id }))[0]
        expect(sa.expired_at).toBeTruthy()
      })
    })

    describe("order edits", () => {
      it("should write the difference when an admin changes a linked line's quantity", async () => {
        const cartId = await cartWith([[catalog.products.screw.variants.m4x20.id, 5]])
        const { order } = (await checkout(cartId)) as any
        const item = order.items.find((i: any) => i.variant_id === catalog.products.screw.variants.m4x20.id)
        const h = { headers: adminHeaders }
        const edit = (await api.post("/admin/order-edits", { order_id: order.id }, h)).data.order_change
        await api.post(`/admin/order-edits/${order.id}/items/item/${item.id}`, { quantity: 3 }, h)
        await api.post(`/admin/order-edits/${order.id}/request`, {}, h)
        await api.post(`/admin/order-edits/${order.id}/confirm`, {}, h)
        expect(edit).toBeTruthy()
        let [screw] = await figures()
        for (let i = 0; i < 40 && screw.ordered !== "3"; i++) {
          await new Promise((r) => setTimeout(r, 250))
          ;[screw] = await figures()
        }
        expect(screw).toEqual(expect.objectContaining({ ordered: "3", remaining: "7" }))
        const again = await reconcileLedger(getContainer(), { order_id: order.id, fix: true })
        expect(again.drift).toEqual([])
      })
    })

    describe("POST /admin/sales-agreements/:id/release", () => {
      it("should create a linked, priced draft order that consumes on conversion, and follow dimension changes", async () => {
        const h = { headers: adminHeaders }
        const { data } = await api.post(
          `/admin/sales-agreements/${agreement.id}/release`,
          { items: [{ line_id: agreement.lines[0].id, quantity: 4 }, { line_id: agreement.lines[1].id, quantity: 2, variant_id: catalog.products.bolt.variants.m8.id }] },
          h
        )
        const draft = data.draft_order
        expect(draft).toEqual(expect.objectContaining({ status: "draft", is_draft_order: true, customer_id: buyer.id }))
        expect(draft.metadata).toEqual(expect.objectContaining({ sales_agreement_id: agreement.id }))
        const prices = draft.items.map((i: any) => [i.variant_id, i.unit_price]).sort()
        expect(prices).toEqual([[catalog.products.bolt.variants.m8.id, 22.5], [catalog.products.screw.variants.m4x20.id, 8.5]].sort())

        await api.post(`/admin/sales-agreements/${agreement.id}`, { dimensions: { cost_center: "CC-9" } }, h)
        const reread = (await api.get(`/admin/draft-orders/${draft.id}`, h)).data.draft_order
        expect(reread.metadata.dimensions).toEqual({ cost_center: "CC-9" })

        expect((await figures())[0].ordered).toEqual("0")
        await api.post(`/admin/draft-orders/${draft.id}/convert-to-order`, {}, h)
        const [screw, bolt] = await figures()
        expect(screw).toEqual(expect.objectContaining({ ordered: "4", remaining: "6" }))
        expect(bolt).toEqual(expect.objectContaining({ ordered: "45" }))

        const big = (await api.post(`/admin/sales-agreements/${agreement.id}/release`, { items: [{ line_id: agreement.lines[0].id, quantity: 6 }] }, h)).data.draft_order
        const rival = await cartWith([[catalog.products.screw.variants.m4x20.id, 1]])
        await checkout(rival)
        const refused = await api.post(`/admin/draft-orders/${big.id}/convert-to-order`, {}, h).catch((e) => e.response)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("5 quantity remaining, 6 requested")
        expect((await figures())[0].ordered).toEqual("5")
      })

      it("should refuse bad input with a 400 naming the field", async () => {
        const h = { headers: adminHeaders }
        const noVariant = await api.post(`/admin/sales-agreements/${agreement.id}/release`, { items: [{ line_id: agreement.lines[1].id, quantity: 1 }] }, h).catch((e) => e.response)
        expect(noVariant.status).toEqual(400)
        expect(noVariant.data.message).toContain("items.0.variant_id")
        const badLine = await api.post(`/admin/sales-agreements/${agreement.id}/release`, { items: [{ line_id: "sagrl_nope", quantity: 1 }] }, h).catch((e) => e.response)
        expect(badLine.status).toEqual(400)
        expect(badLine.data.message).toContain("items.0.line_id")
        const zero = await api.post(`/admin/sales-agreements/${agreement.id}/release`, { items: [{ line_id: agreement.lines[0].id, quantity: 0 }] }, h).catch((e) => e.response)
        expect(zero.status).toEqual(400)
        const over = await api.post(`/admin/sales-agreements/${agreement.id}/release`, { items: [{ line_id: agreement.lines[0].id, quantity: 11 }] }, h).catch((e) => e.response)
        expect(over.status).toEqual(400)
        expect(over.data.message).toContain("remaining")
      })
    })

    describe("admin changes to linked order lines", () => {
      const waitFigure = async (index: number, field: string, value: string) => {
        let f = (await figures())[index]
        for (let i = 0; i < 40 && f[field] !== value; i++) {
          await new Promise((r) => setTimeout(r, 250))
          f = (await figures())[index]
        }
        return f
      }

      it("should unlink lines with or without recalculating the price, and stop their contribution", async () => {
        const h = { headers: adminHeaders }
        const cartId = await cartWith([
          [catalog.products.screw.variants.m4x20.id, 4],
          [catalog.products.bolt.variants.m8.id, 2],
        ])
        const { order } = (await checkout(cartId)) as any
        const screw = order.items.find((i: any) => i.variant_id === catalog.products.screw.variants.m4x20.id)
        const bolt = order.items.find((i: any) => i.variant_id === catalog.products.bolt.variants.m8.id)

        const kept = (await api.post(`/admin/orders/${order.id}/sales-agreement/unlink`, { item_ids: [bolt.id], recalculate_price: false }, h)).data.order
        const keptBolt = kept.items.find((i: any) => i.id === bolt.id)
        expect(keptBolt.unit_price).toEqual(22.5)
        expect(keptBolt.metadata.sales_agreement_line_id).toBeUndefined()
        expect(keptBolt.metadata.sales_agreement_unlinked_reason.code).toEqual("admin_unlinked")
        expect((await figures())[1]).toEqual(expect.objectContaining({ ordered: "0" }))

        const repriced = (await api.post(`/admin/orders/${order.id}/sales-agreement/unlink`, { item_ids: [screw.id], recalculate_price: true }, h)).data.order
        expect(repriced.items.find((i: any) => i.id === screw.id).unit_price).toEqual(10)
        expect(await waitFigure(0, "ordered", "0")).toEqual(expect.objectContaining({ ordered: "0", remaining: "10" }))

        const again = await api.post(`/admin/orders/${order.id}/sales-agreement/unlink`, { item_ids: [screw.id, "ordli_nope"], recalculate_price: false }, h).catch((e) => e.response)
        expect(again.status).toEqual(400)
        expect(again.data.message).toContain("ordli_nope")
        expect(again.data.message).toContain(screw.id)
      })

      it("should count an unlink that comes before the checkout was settled", async () => {
        const h = { headers: adminHeaders }
        const service = getContainer().resolve("salesAgreement") as any
        const before = await figures()
        const cartId = await cartWith([
          [catalog.products.screw.variants.m4x20.id, 1],
          [catalog.products.bolt.variants.m8.id, 2],
        ])
        const { order } = (await checkout(cartId)) as any
        // the checkout is settled just after its response: wait for it, then
        // put its entries back in the state they have in that window
        for (let i = 0; i < 40 && (await service.listSalesAgreementLedgerEntries({ cart_id: cartId, order_id: null })).length; i++) {
          await new Promise((r) => setTimeout(r, 100))
        }
        const pgConnection = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await pgConnection.raw(`update sales_agreement_ledger_entry set order_id = null, order_line_item_id = null where cart_id = ?`, [cartId])

        const bolt = order.items.find((i: any) => i.variant_id === catalog.products.bolt.variants.m8.id)
        await api.post(`/admin/orders/${order.id}/sales-agreement/unlink`, { item_ids: [bolt.id], recalculate_price: false }, h)
        const [screw, boltFigure] = await figures()
        expect(screw.ordered).toEqual(String(Number(before[0].ordered) + 1))
        expect(boltFigure.ordered).toEqual(before[1].ordered)
        const entries = await service.listSalesAgreementLedgerEntries({ cart_id: cartId })
        expect(entries.filter((e: any) => e.order_id === order.id).length).toEqual(entries.length)
        expect(entries.find((e: any) => e.kind === "ordered" && e.sales_agreement_line_id === agreement.lines[1].id).order_line_item_id).toEqual(bolt.id)
        expect((await reconcileLedger(getContainer(), { order_id: order.id })).drift).toEqual([])
      })

      it("should refuse a requested ship date outside the validity while lines are linked", async () => {
        const h = { headers: adminHeaders }
        const cartId = await cartWith([[catalog.products.screw.variants.m4x20.id, 1]])
        const { order } = (await checkout(cartId)) as any
        const refused = await api.post(`/admin/orders/${order.id}`, { metadata: { requested_ship_date: "2100-02-01T00:00:00Z" } }, h).catch((e) => e.response)
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toContain("unlink")
        const fine = await api.post(`/admin/orders/${order.id}`, { metadata: { requested_ship_date: "2030-02-01T00:00:00Z" } }, h)
        expect(fine.status).toEqual(200)
      })
    })
  },
})
