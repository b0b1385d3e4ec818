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
  pathOf,
  placeOrderViaStoreApi,
  recordEvents,
  WAREHOUSE,
} from "../utils/purchase-order-seeders"
import { seedCatalog, type SeededCatalog } from "../utils/seeders"
import { seedPurchasingCodes, seedSourcing, waitFor } from "../utils/special-order-seeders"
import { createStoreContext, type StoreContext } from "../utils/store"

jest.setTimeout(180 * 1000)

type Order = Awaited<ReturnType<typeof placeOrderViaStoreApi>>

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: { authorization: string } }
    let store: StoreContext
    let catalog: SeededCatalog
    let vendor: { id: string; name: string; email: string }
    let otherVendor: { id: string; name: string; email: string }
    let order: Order
    let otherOrder: Order

    beforeAll(async () => {
      const container = getContainer()
      admin = { headers: (await createAdminUser(container)).headers }
      store = await createStoreContext(container, { currency: "eur", countries: ["fr", "de"] })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, shippingProfileId: checkout.shippingProfileId })
      vendor = await createTestVendor(container)
      otherVendor = await createTestVendor(container, { name: "Metal SA", email: "po@metal.test" })
      order = await placeOrderViaStoreApi(api as any, store, [
        [catalog.products.screw.variants.m4x20.id, 3],
        [catalog.products.bolt.variants.m8.id, 2],
      ])
      otherOrder = await placeOrderViaStoreApi(api as any, store, [[catalog.products.drill.variants.standard.id, 1]])
    })

    const service = () => getContainer().resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    afterEach(() => jest.restoreAllMocks())
    const headers = () => admin.headers
    const get = (url: string) => api.get(url, { headers: headers() })
    const post = (url: string, body: unknown = {}) => api.post(url, body, { headers: headers() })
    const fail = (p: Promise<unknown>) => p.then(() => { throw new Error("expected an error response") }, (e: any) => e.response)
    const itemOf = (o: Order, variantId: string) => o.items.find((i) => i.variant_id === variantId)!
    const orderItems = async (orderId: string) =>
      (await get(`/admin/orders/${orderId}?fields=id,*items`)).data.order.items as { id: string; metadata: Record<string, any> | null }[]

    describe("GET /admin/purchase-orders", () => {
      it("should list with filters on vendor, status, order and number, without token data", async () => {
        const a = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        const b = await createTestPurchaseOrder(getContainer(), { vendorId: otherVendor.id, order: otherOrder })
        await post(`/admin/purchase-orders/${b.id}/send`)

        const all = (await get("/admin/purchase-orders")).data
        expect(all.count).toEqual(2)
        expect(all).toEqual(expect.objectContaining({ offset: 0, limit: 20 }))
        expect(JSON.stringify(all)).not.toMatch(/access_token_hash/)
        const ids = (url: string) => get(url).then((r) => r.data.purchase_orders.map((p: any) => p.id))
        expect(await ids(`/admin/purchase-orders?vendor_id=${vendor.id}`)).toEqual([a.id])
        expect(await ids(`/admin/purchase-orders?status=sent`)).toEqual([b.id])
        expect(await ids(`/admin/purchase-orders?status[]=draft&status[]=sent&order=number`)).toEqual([a.id, b.id])
        expect(await ids(`/admin/purchase-orders?order_id=${otherOrder.id}`)).toEqual([b.id])
        expect(await ids(`/admin/purchase-orders?q=${a.number.slice(-3)}`)).toEqual([a.id])
        expect(await ids(`/admin/purchase-orders?limit=1&offset=1&order=number`)).toEqual([b.id])

        const bad = await fail(get("/admin/purchase-orders?status=shipped"))
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toMatch(/status/)
      })
    })

    describe("GET /admin/purchase-orders/:id", () => {
      it("should return the PO with its lines bound to the sales lines and its vendor", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        const { purchase_order } = (await get(`/admin/purchase-orders/${po.id}`)).data
        expect(purchase_order).toEqual(
          expect.objectContaining({
            id: po.id,
            number: expect.stringMatching(/^PO-\d{6}$/),
            status: "draft",
            vendor: expect.objectContaining({ id: vendor.id, name: "Bois & Fils", email: vendor.email }),
            vendor_access: { active: false, expires_at: null },
          })
        )
        expect(purchase_order.lines).toEqual([
          expect.objectContaining({ line_number: 1, order_id: order.id, order_line_item_id: order.items[0].id, quantity: order.items[0].quantity, quantity_received: 0, unit_cost: "12.5" }),
          expect.objectContaining({ line_number: 2, order_id: order.id, order_line_item_id: order.items[1].id }),
        ])
        expect(purchase_order).not.toHaveProperty("access_token_hash")

        const missing = await fail(get("/admin/purchase-orders/po_missing"))
        expect(missing.status).toEqual(404)
        expect(missing.data).toEqual(expect.objectContaining({ code: "PURCHASE_ORDER_NOT_FOUND", message: expect.stringContaining("po_missing") }))
      })
    })

    describe("POST /admin/purchase-orders/:id/send", () => {
      it("should send the PO and notify the vendor with the template, recipient and data, with a working link", async () => {
        const events = recordEvents(getContainer())
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        const { purchase_order } = (await post(`/admin/purchase-orders/${po.id}/send`)).data
        events.restore()
        expect(purchase_order).toEqual(expect.objectContaining({ status: "sent", sent_at: expect.any(String), vendor_access: { active: true, expires_at: expect.any(String) } }))
        const ttlDays = (Date.parse(purchase_order.vendor_access.expires_at) - Date.now()) / 86_400_000
        expect(ttlDays).toBeGreaterThan(29.9)
        expect(ttlDays).toBeLessThanOrEqual(30)

        const [notification] = await notificationsTo(getContainer(), vendor.email)
        expect(notification).toEqual(
          expect.objectContaining({ to: vendor.email, channel: "email", template: "special-order.purchase-order", provider_id: "local", status: "success" })
        )
        const data = notification.data
        expect(data).toEqual(
          expect.objectContaining({
            subject: expect.stringContaining(po.number),
            resend: false,
            purchase_order: expect.objectContaining({ id: po.id, number: po.number, kind: "special_order", currency_code: "eur", due_date: "2030-01-15" }),
            vendor: { id: vendor.id, name: vendor.name, email: vendor.email },
            ship_to: WAREHOUSE,
            ship_to_lines: ["Central warehouse", "1 Dock Road", "69001 Lyon", "FR"],
            due_dates: ["2030-01-15"],
            link_expires_at: purchase_order.vendor_access.expires_at,
          })
        )
        expect(data.lines).toEqual([
          { line_number: 1, sku: expect.stringMatching(/^V-/), title: order.items[0].title, quantity: order.items[0].quantity, unit_cost: "12.5", due_date: "2030-01-15" },
          { line_number: 2, sku: expect.stringMatching(/^V-/), title: order.items[1].title, quantity: order.items[1].quantity, unit_cost: "12.5", due_date: "2030-01-15" },
        ])
        expect(data.vendor_link).toMatch(new RegExp(`^http://localhost:9000/vendor/purchase-orders/${po.id}\\?token=[A-Za-z0-9_-]{43,}$`))

        const opened = await api.get(pathOf(data.vendor_link))
        expect(opened.status).toEqual(200)
        expect(opened.data.purchase_order).toEqual(expect.objectContaining({ id: po.id, number: po.number, status: "sent" }))
        const pdf = await api.get(pathOf(data.document_link), { responseType: "arraybuffer" })
        expect(pdf.headers["content-type"]).toMatch(/application\/pdf/)
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toEqual("%PDF-")

        expect(events.named(SpecialOrderEvents.PURCHASE_ORDER_SENT).map((e) => e.data)).toEqual([
          { id: po.id, number: po.number, vendor_id: vendor.id, resend: false },
        ])
        const [stored] = (await service().listPurchaseOrders({ id: po.id }, { select: ["access_token_hash"] })) as any[]
        expect(stored.access_token_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(JSON.stringify(stored)).not.toContain(new URL(data.vendor_link).searchParams.get("token"))
      })

      it("should resend with a new secret while sent or acknowledged, and refuse other statuses", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        await post(`/admin/purchase-orders/${po.id}/send`)
        await post(`/admin/purchase-orders/${po.id}/send`)
        const [first, second] = await notificationsTo(getContainer(), vendor.email)
        expect(second.data.resend).toBe(true)
        expect(second.data.vendor_link).not.toEqual(first.data.vendor_link)
        expect((await fail(api.get(pathOf(first.data.vendor_link)))).status).toEqual(401)
        expect((await api.get(pathOf(second.data.vendor_link))).status).toEqual(200)

        await post(`/admin/purchase-orders/${po.id}/cancel`)
        const refused = await fail(post(`/admin/purchase-orders/${po.id}/send`))
        expect(refused.status).toEqual(400)
        expect(refused.data).toEqual({
          type: "not_allowed",
          code: "PURCHASE_ORDER_TRANSITION_NOT_ALLOWED",
          message: `status: cannot move purchase order ${po.number} from canceled to sent: it is canceled (send is allowed from draft, sent, acknowledged)`,
        })
        expect(await notificationsTo(getContainer(), vendor.email)).toHaveLength(2)
      })
      it("should leave the PO as it was when the vendor cannot be notified (compensation)", async () => {
        const gone = await createTestVendor(getContainer(), { name: "Gone Ltd", email: "gone@vendor.test" })
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: gone.id, order })
        await service().softDeleteVendors([gone.id])
        const res = await fail(post(`/admin/purchase-orders/${po.id}/send`))
        expect(res.status).toEqual(400)
        expect(res.data).toEqual(expect.objectContaining({ code: "PURCHASE_ORDER_VENDOR_NOT_FOUND", message: expect.stringContaining(`vendor_id: the vendor (${gone.id})`) }))
        const [stored] = (await service().listPurchaseOrders({ id: po.id }, { select: ["status", "sent_at", "access_token_hash", "access_token_expires_at"] })) as any[]
        expect(stored).toEqual(expect.objectContaining({ status: "draft", sent_at: null, access_token_hash: null, access_token_expires_at: null }))
        expect(await notificationsTo(getContainer(), gone.email)).toEqual([])
      })
    })

    describe("POST /admin/purchase-orders/:id/receive", () => {
      it("should receive in parts, then in full, marking the sales lines ready to fulfil", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        const [screwLine, boltLine] = po.lines
        await post(`/admin/purchase-orders/${po.id}/send`)

        const events = recordEvents(getContainer())
        const partial = (await post(`/admin/purchase-orders/${po.id}/receive`, { lines: [{ id: screwLine.id, quantity: 1 }] })).data
        expect(partial.purchase_order.status).toEqual("partially_received")
        expect(partial.purchase_order.lines.map((l: any) => l.quantity_received)).toEqual([1, 0])
        let items = await orderItems(order.id)
        const screwItem = items.find((i) => i.id === screwLine.order_line_item_id)!
        expect(screwItem.metadata?.special_order).toEqual(
          expect.objectContaining({ status: "partially_received", purchase_order_id: po.id, purchase_order_line_id: screwLine.id, quantity_ordered: 3, quantity_received: 1 })
        )
        expect(items.find((i) => i.id === boltLine.order_line_item_id)!.metadata?.special_order).toBeUndefined()

        const full = (await post(`/admin/purchase-orders/${po.id}/receive`, {
          lines: [
            { id: screwLine.id, quantity: 2 },
            { id: boltLine.id, quantity: 2 },
          ],
        })).data
        events.restore()
        expect(full.purchase_order).toEqual(expect.objectContaining({ status: "received", received_at: expect.any(String) }))
        expect(full.purchase_order.lines.map((l: any) => l.quantity_received)).toEqual([3, 2])
        items = await orderItems(order.id)
        for (const line of po.lines) {
          expect(items.find((i) => i.id === line.order_line_item_id)!.metadata?.special_order).toEqual(
            expect.objectContaining({ status: "ready_to_fulfil", purchase_order_id: po.id, purchase_order_number: po.number, quantity_received: line.quantity })
          )
        }
        expect(events.named(SpecialOrderEvents.PURCHASE_ORDER_RECEIVED).map((e) => e.data)).toEqual([
          { id: po.id, number: po.number, status: "partially_received", lines: [{ id: screwLine.id, order_id: order.id, order_line_item_id: screwLine.order_line_item_id, quantity_received: 1, ready_to_fulfil: true }] },
          {
            id: po.id,
            number: po.number,
            status: "received",
            lines: [
              { id: screwLine.id, order_id: order.id, order_line_item_id: screwLine.order_line_item_id, quantity_received: 3, ready_to_fulfil: true },
              { id: boltLine.id, order_id: order.id, order_line_item_id: boltLine.order_line_item_id, quantity_received: 2, ready_to_fulfil: true },
            ],
          },
        ])

        const again = await fail(post(`/admin/purchase-orders/${po.id}/receive`, { lines: [{ id: screwLine.id, quantity: 1 }] }))
        expect(again.status).toEqual(400)
        expect(again.data.code).toEqual("PURCHASE_ORDER_TRANSITION_NOT_ALLOWED")
        expect(again.data.message).toMatch(/from received to received: it was received in full/)
      })

      it("should refuse bad receipts naming the field, changing nothing", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        const other = await createTestPurchaseOrder(getContainer(), { vendorId: otherVendor.id, order: otherOrder })
        const draft = await fail(post(`/admin/purchase-orders/${po.id}/receive`, { lines: [{ id: po.lines[0].id, quantity: 1 }] }))
        expect(draft.status).toEqual(400)
        expect(draft.data.message).toMatch(/from draft to received: it was not sent to the vendor yet/)

        await post(`/admin/purchase-orders/${po.id}/send`)
        const cases: [unknown, RegExp][] = [
          [{ lines: [{ id: po.lines[0].id, quantity: 4 }, { id: other.lines[0].id, quantity: 1 }] }, new RegExp(`lines\\.0\\.quantity: 4 exceeds the 3 still expected on line 1.*lines\\.1\\.id: is not a line of this purchase order \\(${other.lines[0].id}\\)`)],
          [{ lines: [{ id: po.lines[0].id, quantity: 0 }] }, /lines, 0, quantity/],
          [{ lines: [{ id: po.lines[0].id, quantity: 1.5 }] }, /lines, 0, quantity/],
          [{ lines: [] }, /lines/],
          [{ lines: [{ id: po.lines[0].id, quantity: 1, extra: true }] }, /extra/],
        ]
        for (const [body, message] of cases) {
          const res = await fail(post(`/admin/purchase-orders/${po.id}/receive`, body))
          expect(res.status).toEqual(400)
          expect(res.data.message).toMatch(message)
        }
        const { purchase_order } = (await get(`/admin/purchase-orders/${po.id}`)).data
        expect(purchase_order.status).toEqual("sent")
        expect(purchase_order.lines.map((l: any) => l.quantity_received)).toEqual([0, 0])
        expect((await orderItems(order.id)).every((i) => !i.metadata?.special_order)).toBe(true)
      })

      it("should receive a line flagged by the sales order's cancellation without marking the sales line", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: otherVendor.id, order: otherOrder })
        await post(`/admin/purchase-orders/${po.id}/send`)
        await post(`/admin/orders/${otherOrder.id}/cancel`)
        const flagged = await waitFor(
          () => get(`/admin/purchase-orders/${po.id}`).then((r) => r.data.purchase_order.lines[0]),
          (line: any) => line.flagged === true
        )
        expect(flagged.flag_reason).toEqual(expect.any(String))

        const events = recordEvents(getContainer())
        const { purchase_order, received } = (await post(`/admin/purchase-orders/${po.id}/receive`, { lines: [{ id: po.lines[0].id, quantity: 1 }] })).data
        events.restore()
        expect(purchase_order.status).toEqual("received")
        expect(received).toEqual([expect.objectContaining({ id: po.lines[0].id, quantity_received: 1, ready_to_fulfil: false })])
        expect(events.named(SpecialOrderEvents.PURCHASE_ORDER_RECEIVED)[0].data.lines[0].ready_to_fulfil).toBe(false)
        expect((await orderItems(otherOrder.id)).every((i) => !i.metadata?.special_order)).toBe(true)
      })

      it("should never receive more than ordered under concurrent receipts", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        await post(`/admin/purchase-orders/${po.id}/send`)
        const outcomes = await Promise.all(
          Array.from({ length: 5 }, () =>
            post(`/admin/purchase-orders/${po.id}/receive`, { lines: [{ id: po.lines[0].id, quantity: 1 }] }).then(() => "ok", (e) => e.response.status)
          )
        )
        expect(outcomes.filter((o) => o === "ok")).toHaveLength(3)
        expect(outcomes.filter((o) => o !== "ok")).toEqual([400, 400])
        const { purchase_order } = (await get(`/admin/purchase-orders/${po.id}`)).data
        expect(purchase_order.lines[0].quantity_received).toEqual(3)
      })
    })

    describe("POST /admin/purchase-orders/:id/cancel", () => {
      it("should put the requisition lines back to open, or canceled when the sales order is canceled", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        const canceledOrderPo = await createTestPurchaseOrder(getContainer(), { vendorId: otherVendor.id, order: otherOrder })
        await post(`/admin/purchase-orders/${po.id}/send`)
        await post(`/admin/orders/${otherOrder.id}/cancel`)

        const res = (await post(`/admin/purchase-orders/${po.id}/cancel`)).data
        expect(res.purchase_order).toEqual(expect.objectContaining({ status: "canceled", canceled_at: expect.any(String) }))
        expect(res.requisition_lines).toEqual({ reopened: expect.arrayContaining(po.requisitionIds), canceled: [] })
        const reopened = (await service().listRequisitionLines({ id: po.requisitionIds })) as any[]
        reopened.forEach((r) =>
          expect(r).toEqual(expect.objectContaining({ status: "open", action_message: "new", purchase_order_id: null, purchase_order_line_id: null }))
        )
        // the PO lines stay bound to their sales lines
        const { purchase_order } = (await get(`/admin/purchase-orders/${po.id}`)).data
        expect(purchase_order.lines.map((l: any) => l.order_line_item_id)).toEqual(po.lines.map((l) => l.order_line_item_id))

        const second = (await post(`/admin/purchase-orders/${canceledOrderPo.id}/cancel`)).data
        expect(second.requisition_lines).toEqual({ reopened: [], canceled: canceledOrderPo.requisitionIds })
        const [canceled] = (await service().listRequisitionLines({ id: canceledOrderPo.requisitionIds })) as any[]
        expect(canceled).toEqual(expect.objectContaining({ status: "canceled", action_message: "cancel", purchase_order_id: null }))

        const again = await fail(post(`/admin/purchase-orders/${po.id}/cancel`))
        expect(again.status).toEqual(400)
        expect(again.data.message).toMatch(/from canceled to canceled: it is already canceled/)
      })

      it("should refuse to cancel a partially received PO", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        await post(`/admin/purchase-orders/${po.id}/send`)
        await post(`/admin/purchase-orders/${po.id}/receive`, { lines: [{ id: po.lines[0].id, quantity: 1 }] })
        const res = await fail(post(`/admin/purchase-orders/${po.id}/cancel`))
        expect(res.status).toEqual(400)
        expect(res.data).toEqual(
          expect.objectContaining({
            code: "PURCHASE_ORDER_TRANSITION_NOT_ALLOWED",
            message: expect.stringContaining("from partially_received to canceled: goods were already received"),
          })
        )
        const reqs = (await service().listRequisitionLines({ id: po.requisitionIds })) as any[]
        expect(reqs.every((r) => r.status === "carried_out" && r.purchase_order_id === po.id)).toBe(true)
      })
    })

    describe("GET /admin/purchase-orders/:id/document", () => {
      it("should render HTML by default and PDF with format=pdf", async () => {
        const po = await createTestPurchaseOrder(getContainer(), { vendorId: vendor.id, order })
        const html = await get(`/admin/purchase-orders/${po.id}/document`)
        expect(html.headers["content-type"]).toMatch(/text\/html/)
        expect(html.data).toContain(po.number)
        expect(html.data).toContain("Bois &amp; Fils")
        expect(html.data).toContain("Central warehouse")
        expect(html.data).toContain("37.50 EUR")
        const pdf = await api.get(`/admin/purchase-orders/${po.id}/document?format=pdf`, { headers: headers(), responseType: "arraybuffer" })
        expect(pdf.headers["content-type"]).toMatch(/application\/pdf/)
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toEqual("%PDF-")
        expect((await fail(get(`/admin/purchase-orders/${po.id}/document?format=docx`))).status).toEqual(400)
      })
    })

    describe("the seed's procedure end to end", () => {
      it("should take a special-order sales line from the store order to ready to fulfil", async () => {
        const codes = await seedPurchasingCodes(getContainer())
        const variant = catalog.products.screw.variants.m4x30
        await seedSourcing(getContainer(), { vendor_id: vendor.id, product_variant_id: variant.id, purchasing_code_id: codes.specialOrder.id, vendor_sku: "BF-M4-30", unit_cost: "0.75" })

        // a sales order with a special-order line and an ordinary one, through the store API
        const sales = await placeOrderViaStoreApi(api as any, store, [
          [variant.id, 4],
          [catalog.products.drill.variants.standard.id, 1],
        ])
        const specialItem = itemOf(sales, variant.id)
        const ordinaryItem = itemOf(sales, catalog.products.drill.variants.standard.id)

        // requisition worksheet: get sales orders (the order.placed subscriber may have been first), then carry out
        await post("/admin/requisition-lines/get-sales-orders", { order_id: sales.id })
        const worksheet: any[] = await waitFor<any[]>(
          () => get(`/admin/requisition-lines?order_id=${sales.id}`).then((r) => r.data.requisition_lines as any[]),
          (lines) => lines.length > 0
        )
        expect(worksheet).toEqual([expect.objectContaining({ order_line_item_id: specialItem.id, status: "open", action_message: "new", vendor_id: vendor.id })])
        const carried = (await post("/admin/requisition-lines/carry-out", { ids: [worksheet[0].id] })).data
        expect(carried.purchase_orders).toHaveLength(1)
        const poId = carried.purchase_orders[0].id

        let po = (await get(`/admin/purchase-orders/${poId}`)).data.purchase_order
        expect(po).toEqual(expect.objectContaining({ status: "draft", vendor_id: vendor.id, kind: "special_order" }))
        expect(po.lines).toEqual([
          expect.objectContaining({ order_id: sales.id, order_line_item_id: specialItem.id, requisition_line_id: worksheet[0].id, vendor_sku: "BF-M4-30", quantity: 4, unit_cost: "0.75" }),
        ])
        expect((await get(`/admin/purchase-orders?order_id=${sales.id}`)).data.purchase_orders.map((p: any) => p.id)).toEqual([poId])

        // send: the vendor gets the link, acknowledges and ships through the vendor API
        await post(`/admin/purchase-orders/${poId}/send`)
        const [notification] = (await notificationsTo(getContainer(), vendor.email)).filter((n) => n.data.purchase_order.id === poId)
        expect(notification.data.lines).toEqual([expect.objectContaining({ sku: "BF-M4-30", quantity: 4, unit_cost: "0.75" })])
        const link = pathOf(notification.data.vendor_link)
        const token = new URL(notification.data.vendor_link).searchParams.get("token")!
        expect((await api.get(link)).data.purchase_order.status).toEqual("sent")
        await api.post(`/vendor/purchase-orders/${poId}/acknowledge`, { expected_ship_date: "2099-02-01" }, { headers: { authorization: `Bearer ${token}` } })
        await api.post(`/vendor/purchase-orders/${poId}/ship`, { carrier: "DHL", tracking_number: "JD-42" }, { headers: { authorization: `Bearer ${token}` } })

        // the warehouse receives everything: the sales line is ready to fulfil, the ordinary line is untouched
        await post(`/admin/purchase-orders/${poId}/receive`, { lines: [{ id: po.lines[0].id, quantity: 4 }] })
        po = (await get(`/admin/purchase-orders/${poId}`)).data.purchase_order
        expect(po).toEqual(expect.objectContaining({ status: "received", carrier: "DHL", tracking_number: "JD-42", expected_ship_date: "2099-02-01T00:00:00.000Z" }))
        const items = await orderItems(sales.id)
        expect(items.find((i) => i.id === specialItem.id)!.metadata?.special_order).toEqual(
          expect.objectContaining({ status: "ready_to_fulfil", purchase_order_id: poId, purchase_order_number: po.number, quantity_received: 4 })
        )
        expect(items.find((i) => i.id === ordinaryItem.id)!.metadata?.special_order).toBeUndefined()
        // and through the read-only link order item -> PO lines
        const { data: [linked] } = await getContainer().resolve("query").graph({
          entity: "order",
          fields: ["id", "items.id", "items.detail.purchase_order_lines.quantity_received", "items.detail.purchase_order_lines.purchase_order.status"],
          filters: { id: sales.id },
        })
        const linkedItem = (linked as any).items.find((i: any) => i.id === specialItem.id)
        expect(linkedItem.detail.purchase_order_lines).toEqual([expect.objectContaining({ quantity_received: 4, purchase_order: expect.objectContaining({ status: "received" }) })])
        const [requisition] = (await get(`/admin/requisition-lines?order_id=${sales.id}`)).data.requisition_lines
        expect(requisition).toEqual(expect.objectContaining({ status: "carried_out", purchase_order_id: poId }))
      })
    })
  },
})
