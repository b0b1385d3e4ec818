import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SPECIAL_ORDER_MODULE } from "../../src/modules/special-order"
import type SpecialOrderModuleService from "../../src/modules/special-order/service"
import { SpecialOrderEvents } from "../../src/utils/special-order-events"
import { createAdminUser } from "../utils/admin"
import { seedCheckout } from "../utils/checkout"
import {
  createTestPurchaseOrder,
  createTestVendor,
  notificationsTo,
  placeOrderViaStoreApi,
  recordEvents,
  secretOf,
} from "../utils/purchase-order-seeders"
import { seedCatalog, type SeededCatalog } from "../utils/seeders"
import { createStoreContext, type StoreContext } from "../utils/store"

jest.setTimeout(180 * 1000)

type Order = Awaited<ReturnType<typeof placeOrderViaStoreApi>>

const CUSTOMER_ADDRESS = { first_name: "Claire", last_name: "Dupont", address_1: "9 rue des Lilas", city: "Paris", postal_code: "75011", country_code: "fr" }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { authorization: string }
    let store: StoreContext
    let catalog: SeededCatalog
    let vendor: { id: string; name: string; email: string }
    let otherVendor: { id: string; name: string; email: string }
    let order: Order
    let spare: Order

    beforeAll(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStoreContext(container, { currency: "eur", countries: ["fr"] })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, shippingProfileId: checkout.shippingProfileId })
      vendor = await createTestVendor(container)
      otherVendor = await createTestVendor(container, { name: "Metal SA", email: "po@metal.test" })
      order = await placeOrderViaStoreApi(
        api as any,
        store,
        [
          [catalog.products.screw.variants.m4x20.id, 3],
          [catalog.products.bolt.variants.m8.id, 2],
        ],
        { email: "claire@customer.test", shippingAddress: CUSTOMER_ADDRESS }
      )
      spare = await placeOrderViaStoreApi(api as any, store, [[catalog.products.drill.variants.standard.id, 1]])
    })

    const service = () => getContainer().resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    afterEach(() => jest.restoreAllMocks())
    const fail = (p: Promise<unknown>) => p.then(() => { throw new Error("expected an error response") }, (e: any) => e.response)
    const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } })

    /** Creates and sends a PO; returns it with the secret from the vendor's notification. */
    const sentPurchaseOrder = async (vendorOf = vendor, opts: Partial<Parameters<typeof createTestPurchaseOrder>[1]> = {}) => {
      const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendorOf.id, order, ...opts })
      await api.post(`/admin/purchase-orders/${po.id}/send`, {}, { headers: admin })
      const notifications = await notificationsTo(getContainer(), vendorOf.email)
      const mine = notifications.filter((n) => n.data.purchase_order.id === po.id)
      return { ...po, secret: secretOf(mine[mine.length - 1].data.vendor_link) }
    }

    const DENIED = {
      type: "unauthorized",
      code: "VENDOR_ACCESS_DENIED",
      message: expect.stringMatching(/^Vendor access denied: the purchase order link or token is not valid/),
    }

    describe("GET /vendor/purchase-orders/:id", () => {
      it("should open the PO with its secret by bearer, x-vendor-token or ?token=, showing only what the vendor may see", async () => {
        const po = await sentPurchaseOrder()
        const responses = await Promise.all([
          api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret)),
          api.get(`/vendor/purchase-orders/${po.id}`, { headers: { "x-vendor-token": po.secret } }),
          api.get(`/vendor/purchase-orders/${po.id}?token=${encodeURIComponent(po.secret)}`),
        ])
        for (const res of responses) {
          expect(res.status).toEqual(200)
          expect(res.headers["cache-control"]).toEqual("no-store")
          expect(res.data.purchase_order).toEqual(
            expect.objectContaining({
              id: po.id,
              number: po.number,
              status: "sent",
              kind: "special_order",
              ship_to: expect.objectContaining({ company: "Central warehouse" }),
              vendor: { id: vendor.id, name: vendor.name },
            })
          )
        }
        const body = responses[0].data.purchase_order
        expect(Object.keys(body.lines[0]).sort()).toEqual(["due_date", "id", "line_number", "quantity", "quantity_received", "title", "unit_cost", "vendor_sku"])
        const json = JSON.stringify(body)
        for (const hidden of ["access_token", order.id, order.items[0].id, "requisition", "claire@customer.test", "Dupont", "metadata", "flagged"]) {
          expect(json).not.toContain(hidden)
        }
        const [stored] = (await service().listPurchaseOrders({ id: po.id }, { select: ["access_token_hash"] })) as any[]
        expect(json).not.toContain(stored.access_token_hash)
      })

      it("should answer the same 401 to another PO's secret, a wrong, expired or missing secret and an unknown PO", async () => {
        const po = await sentPurchaseOrder(vendor, { items: [order.items[0].id] })
        const other = await sentPurchaseOrder(otherVendor, { items: [order.items[1].id] })
        const draft = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order: spare })

        const attempts = await Promise.all([
          fail(api.get(`/vendor/purchase-orders/${po.id}`, bearer(other.secret))),
          fail(api.get(`/vendor/purchase-orders/${other.id}`, { headers: { "x-vendor-token": po.secret } })),
          fail(api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret.slice(0, -2) + "xx"))),
          fail(api.get(`/vendor/purchase-orders/${po.id}`)),
          fail(api.get(`/vendor/purchase-orders/${po.id}`, { headers: { authorization: "Basic abc" } })),
          fail(api.get(`/vendor/purchase-orders/po_does_not_exist`, bearer(po.secret))),
          fail(api.get(`/vendor/purchase-orders/${draft.id}`, bearer(po.secret))),
          fail(api.post(`/vendor/purchase-orders/${po.id}/acknowledge`, { expected_ship_date: "2099-01-01" }, bearer(other.secret))),
          fail(api.post(`/vendor/purchase-orders/${po.id}/ship`, { nonsense: true })),
          fail(api.get(`/vendor/purchase-orders/${po.id}/document`, bearer(other.secret))),
        ])
        for (const res of attempts) {
          expect(res.status).toEqual(401)
          expect(res.data).toEqual(DENIED)
          expect(res.headers["www-authenticate"]).toEqual('Bearer realm="vendor"')
        }
        expect(new Set(attempts.map((r) => JSON.stringify(r.data))).size).toEqual(1)

        await service().updatePurchaseOrders({ id: po.id, access_token_expires_at: new Date(Date.now() - 1000) } as any)
        const expired = await fail(api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret)))
        expect(expired.status).toEqual(401)
        expect(expired.data).toEqual(DENIED)
        // the other PO's secret still works for its own PO
        expect((await api.get(`/vendor/purchase-orders/${other.id}`, bearer(other.secret))).status).toEqual(200)
        const { status } = (await api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret)).catch((e) => e.response))
        expect(status).toEqual(401)
      })

      it("should stop accepting the old secret after a resend", async () => {
        const po = await sentPurchaseOrder()
        await api.post(`/admin/purchase-orders/${po.id}/send`, {}, { headers: admin })
        const [, resent] = await notificationsTo(getContainer(), vendor.email)
        const fresh = secretOf(resent.data.vendor_link)
        expect(fresh).not.toEqual(po.secret)
        expect((await fail(api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret)))).data).toEqual(DENIED)
        expect((await api.get(`/vendor/purchase-orders/${po.id}`, bearer(fresh))).data.purchase_order.status).toEqual("sent")
      })

      it("should show a drop shipment's customer ship-to and nothing else of the customer", async () => {
        const po = await sentPurchaseOrder(vendor, { kind: "drop_shipment", shipTo: CUSTOMER_ADDRESS })
        const { purchase_order } = (await api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret))).data
        expect(purchase_order.kind).toEqual("drop_shipment")
        expect(purchase_order.ship_to).toEqual(CUSTOMER_ADDRESS)
        expect(JSON.stringify(purchase_order)).not.toContain("claire@customer.test")
      })
    })

    describe("POST /vendor/purchase-orders/:id/acknowledge and /ship", () => {
      it("should acknowledge with an expected ship date, then record the shipment once, with events", async () => {
        const po = await sentPurchaseOrder()
        const events = recordEvents(getContainer())

        const early = await fail(api.post(`/vendor/purchase-orders/${po.id}/ship`, { carrier: "DHL", tracking_number: "JD01" }, bearer(po.secret)))
        expect(early.status).toEqual(400)
        expect(early.data).toEqual(
          expect.objectContaining({
            code: "PURCHASE_ORDER_TRANSITION_NOT_ALLOWED",
            message: expect.stringContaining(`cannot move purchase order ${po.number} from sent to shipped: the vendor must acknowledge it first`),
          })
        )

        const ack = (await api.post(`/vendor/purchase-orders/${po.id}/acknowledge`, { expected_ship_date: "2099-05-01" }, bearer(po.secret))).data
        expect(ack.purchase_order).toEqual(
          expect.objectContaining({ status: "acknowledged", expected_ship_date: "2099-05-01T00:00:00.000Z", acknowledged_at: expect.any(String) })
        )
        const shipped = (await api.post(`/vendor/purchase-orders/${po.id}/ship`, { carrier: "DHL", tracking_number: "JD01" }, bearer(po.secret))).data
        expect(shipped.purchase_order).toEqual(expect.objectContaining({ status: "acknowledged", carrier: "DHL", tracking_number: "JD01", shipped_at: expect.any(String) }))
        // the same report again changes nothing and emits nothing
        await api.post(`/vendor/purchase-orders/${po.id}/ship`, { carrier: "DHL", tracking_number: "JD01" }, { headers: { "x-vendor-token": po.secret } })
        events.restore()

        expect(events.named(SpecialOrderEvents.PURCHASE_ORDER_ACKNOWLEDGED).map((e) => e.data)).toEqual([
          { id: po.id, number: po.number, vendor_id: vendor.id, expected_ship_date: "2099-05-01T00:00:00.000Z" },
        ])
        expect(events.named(SpecialOrderEvents.PURCHASE_ORDER_SHIPPED).map((e) => e.data)).toEqual([
          { id: po.id, number: po.number, vendor_id: vendor.id, carrier: "DHL", tracking_number: "JD01" },
        ])
        const adminView = (await api.get(`/admin/purchase-orders/${po.id}`, { headers: admin })).data.purchase_order
        expect(adminView).toEqual(expect.objectContaining({ status: "acknowledged", carrier: "DHL", tracking_number: "JD01" }))
        expect(adminView.metadata.shipments).toEqual([{ carrier: "DHL", tracking_number: "JD01", shipped_at: expect.any(String) }])
      })

      it("should refuse bad input naming the field, and moves that are not allowed", async () => {
        const po = await sentPurchaseOrder()
        const cases: [string, unknown, RegExp][] = [
          ["acknowledge", {}, /expected_ship_date/],
          ["acknowledge", { expected_ship_date: "soon" }, /expected_ship_date must be an ISO 8601 date/],
          ["acknowledge", { expected_ship_date: "2001-01-01" }, /expected_ship_date must not be in the past/],
          ["acknowledge", { expected_ship_date: "2099-01-01", note: "x" }, /note/],
          ["ship", { carrier: "DHL" }, /tracking_number/],
          ["ship", { carrier: " ", tracking_number: "1" }, /carrier must not be empty/],
        ]
        for (const [action, body, message] of cases) {
          const res = await fail(api.post(`/vendor/purchase-orders/${po.id}/${action}`, body, bearer(po.secret)))
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(message)
        }
        const { purchase_order } = (await api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret))).data
        expect(purchase_order).toEqual(expect.objectContaining({ status: "sent", expected_ship_date: null, carrier: null }))

        await api.post(`/admin/purchase-orders/${po.id}/cancel`, {}, { headers: admin })
        const canceled = (await api.get(`/vendor/purchase-orders/${po.id}`, bearer(po.secret))).data.purchase_order
        expect(canceled).toEqual(expect.objectContaining({ status: "canceled", canceled_at: expect.any(String) }))
        const refused = await fail(api.post(`/vendor/purchase-orders/${po.id}/acknowledge`, { expected_ship_date: "2099-01-01" }, bearer(po.secret)))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toMatch(/from canceled to acknowledged: it is canceled/)
      })
    })

    describe("GET /vendor/purchase-orders/:id/document", () => {
      it("should return the PO as a PDF", async () => {
        const po = await sentPurchaseOrder()
        const res = await api.get(`/vendor/purchase-orders/${po.id}/document?token=${encodeURIComponent(po.secret)}`, { responseType: "arraybuffer" })
        expect(res.status).toEqual(200)
        expect(res.headers["content-type"]).toMatch(/application\/pdf/)
        expect(res.headers["content-disposition"]).toContain(`${po.number}.pdf`)
        const pdf = Buffer.from(res.data)
        expect(pdf.subarray(0, 5).toString()).toEqual("%PDF-")
        expect(pdf.length).toBeGreaterThan(1000)
        const html = await api.get(`/vendor/purchase-orders/${po.id}/document?format=html`, { headers: { "x-vendor-token": po.secret } })
        expect(html.headers["content-type"]).toMatch(/text\/html/)
        expect(html.data).toContain(po.number)
        expect(html.data).not.toContain(order.id)
      })
    })
  },
})
