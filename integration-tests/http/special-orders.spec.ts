import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { SPECIAL_ORDER_MODULE } from "../../src/modules/special-order"
import type SpecialOrderModuleService from "../../src/modules/special-order/service"
import { SpecialOrderEvents } from "../../src/utils/special-order-events"
import { carryOutRequisitionLinesWorkflow, raisePurchaseRequestsWorkflow } from "../../src/workflows"
import { carryOutRequisitionLinesStepId } from "../../src/workflows/special-order/steps"
import { createAdminUser } from "../utils/admin"
import { seedCheckout } from "../utils/checkout"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import {
  placeOrderViaStoreApi,
  seedPurchasingCodes,
  SeededPurchasingCodes,
  SeededVendor,
  seedSourcing,
  seedVendor,
  waitFor,
} from "../utils/special-order-seeders"
import { createStoreContext, StoreContext } from "../utils/store"

jest.setTimeout(180 * 1000)

const expectError = async (p: Promise<unknown>, status: number) => {
  const error: any = await p.then(
    (r: any) => {
      throw new Error(`expected HTTP ${status}, got ${r.status}: ${JSON.stringify(r.data)}`)
    },
    (e) => e
  )
  if (!error.response) throw error
  expect({ status: error.response.status, body: error.response.data }).toEqual({ status, body: expect.anything() })
  return error.response.data as { type: string; code?: string; message: string }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let h: { headers: { authorization: string } }
    let store: StoreContext
    let catalog: SeededCatalog
    let codes: SeededPurchasingCodes
    let acme: SeededVendor
    let bolts: SeededVendor
    let stockedVariantId: string
    let stockLocationId: string

    const screwId = () => catalog.products.screw.variants.m4x20.id
    const boltId = () => catalog.products.bolt.variants.m8.id
    const drillId = () => catalog.products.drill.variants.standard.id

    beforeAll(async () => {
      const container = getContainer()
      h = { headers: (await createAdminUser(container)).headers }
      store = await createStoreContext(container, { currency: "eur" })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      stockLocationId = checkout.stockLocationId
      catalog = await seedCatalog(container, {
        salesChannelId: store.salesChannel.id,
        currencies: ["eur"],
        shippingProfileId: checkout.shippingProfileId,
      })
      // an ordinary stocked item: checkout reserves it
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Workbench",
              handle: "workbench",
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: store.salesChannel.id }],
              shipping_profile_id: checkout.shippingProfileId,
              options: [{ title: "Size", values: ["L"] }],
              variants: [
                { title: "L", sku: "BENCH-L", options: { Size: "L" }, manage_inventory: true, prices: [{ currency_code: "eur", amount: 300 }] },
              ],
            },
          ],
        },
      })
      stockedVariantId = result[0].variants[0].id
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: stockedVariantId },
      })
      await container.resolve(Modules.INVENTORY).createInventoryLevels([
        { inventory_item_id: (data[0] as any).inventory_items[0].inventory_item_id, location_id: stockLocationId, stocked_quantity: 100 },
      ])

      codes = await seedPurchasingCodes(container)
      acme = await seedVendor(container, { name: "Acme Supplies", lead_time_days: 5 })
      bolts = await seedVendor(container, { name: "Bolt Works", currency_code: "usd", lead_time_days: 2 })
      // screw 20 mm: special order from Acme; bolt: drop shipment from Bolt Works; drill: ordinary, unsourced
      await seedSourcing(container, {
        vendor_id: acme.id,
        product_variant_id: screwId(),
        purchasing_code_id: codes.specialOrder.id,
        unit_cost: "4.125",
        vendor_sku: "AC-SCREW-20",
      })
      await seedSourcing(container, {
        vendor_id: bolts.id,
        product_variant_id: boltId(),
        purchasing_code_id: codes.dropShipment.id,
        unit_cost: "11.50",
      })
    })

    const service = () => getContainer().resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    const placeOrder = (lines: [string, number][], options: Record<string, unknown> = {}) =>
      placeOrderViaStoreApi(api as any, store.storeHeaders(), store.region.id, lines, options)
    const itemOf = (order: any, variantId: string) => order.items.find((i: any) => i.variant_id === variantId)
    const worksheet = async (params: string) => (await api.get(`/admin/requisition-lines?${params}`, h)).data
    const linesOf = (orderId: string, n: number) =>
      waitFor(() => service().listRequisitionLines({ order_id: orderId }), (l) => l.length >= n)
    const variant = async (id: string) =>
      (await getContainer().resolve(Modules.PRODUCT).listProductVariants({ id }, { select: ["id", "manage_inventory"] }))[0]

    describe("vendors: /admin/vendors", () => {
      it("should create, list with q / pagination / fields, read, update and delete a vendor", async () => {
        const created = (
          await api.post(
            "/admin/vendors",
            {
              name: "Zeta Tools",
              email: "orders@zeta.test",
              phone: "+33 1 23",
              currency_code: "EUR",
              lead_time_days: 9,
              address: { address_1: "9 Rue des Outils", city: "Lyon", country_code: "fr" },
              notes: "Net 30",
            },
            h
          )
        ).data.vendor
        expect(created).toEqual(
          expect.objectContaining({ id: expect.stringMatching(/^vend_/), name: "Zeta Tools", currency_code: "eur", lead_time_days: 9 })
        )
        const list = (await api.get("/admin/vendors?q=zeta&limit=1&offset=0&fields=id,name", h)).data
        expect(list).toEqual({ vendors: [{ id: created.id, name: "Zeta Tools" }], count: 1, offset: 0, limit: 1 })
        const all = (await api.get("/admin/vendors?limit=2&offset=1&order=name", h)).data
        expect(all.count).toEqual(3)
        expect(all.vendors.map((v: any) => v.name)).toEqual(["Bolt Works", "Zeta Tools"])

        const updated = (await api.post(`/admin/vendors/${created.id}`, { lead_time_days: 3, notes: null }, h)).data.vendor
        expect(updated).toEqual(expect.objectContaining({ lead_time_days: 3, notes: null, email: "orders@zeta.test" }))
        expect((await api.get(`/admin/vendors/${created.id}`, h)).data.vendor.lead_time_days).toEqual(3)

        // its sourcing goes with it, giving the variant its own inventory setting back
        await api.post(
          `/admin/vendors/${created.id}/variants`,
          { product_variant_id: stockedVariantId, unit_cost: "10", purchasing_code_id: codes.specialOrder.id },
          h
        )
        expect((await variant(stockedVariantId)).manage_inventory).toBe(false)
        expect((await api.delete(`/admin/vendors/${created.id}`, h)).data).toEqual({ id: created.id, object: "vendor", deleted: true })
        expect((await variant(stockedVariantId)).manage_inventory).toBe(true)
        expect(await service().listVariantSourcings({ vendor_id: created.id })).toHaveLength(0)
        const gone = await expectError(api.get(`/admin/vendors/${created.id}`, h), 404)
        expect(gone.message).toContain(created.id)
      })

      it("should answer 400 naming the field for bad vendors, writing nothing", async () => {
        const cases: [string, Record<string, unknown>, string][] = [
          ["a malformed email", { email: "not-an-email" }, "email"],
          ["a malformed currency", { currency_code: "euro" }, "currency_code"],
          ["an unknown currency", { currency_code: "zzz" }, "currency_code"],
          ["a negative lead time", { lead_time_days: -1 }, "lead_time_days"],
          ["a fractional lead time", { lead_time_days: 1.5 }, "lead_time_days"],
          ["a missing name", { name: undefined }, "name"],
          ["an unknown field", { colour: "red" }, "colour"],
          ["a malformed address", { address: { country_code: "France" } }, "country_code"],
        ]
        for (const [label, overrides, field] of cases) {
          const body = { name: "Bad Vendor", email: "bad@vendor.test", currency_code: "eur", ...overrides }
          const error = await expectError(api.post("/admin/vendors", body, h), 400)
          expect({ label, message: error.message }).toEqual({ label, message: expect.stringContaining(field) })
        }
        expect(await service().listVendors({ name: "Bad Vendor" })).toHaveLength(0)
        const update = await expectError(api.post(`/admin/vendors/${acme.id}`, { email: "nope" }, h), 400)
        expect(update.message).toContain("email")
        await expectError(api.post("/admin/vendors/vend_missing", { name: "X" }, h), 404)
      })

      it("should refuse to delete a vendor with open requisition lines or purchase orders in progress, naming them", async () => {
        const order = await placeOrder([[screwId(), 1]])
        const [line] = await linesOf(order.id, 1)
        let error = await expectError(api.delete(`/admin/vendors/${acme.id}`, h), 400)
        expect(error.code).toEqual("SPECIAL_ORDER_VENDOR_IN_USE")
        expect(error.message).toContain(line.id)

        const { purchase_orders } = (await api.post("/admin/requisition-lines/carry-out", { ids: [line.id] }, h)).data
        error = await expectError(api.delete(`/admin/vendors/${acme.id}`, h), 400)
        expect(error.message).toContain(purchase_orders[0].number)
        expect(await service().listVendors({ id: acme.id })).toHaveLength(1)
        expect((await variant(screwId())).manage_inventory).toBe(false)
      })
    })

    describe("purchasing codes: /admin/purchasing-codes", () => {
      it("should create, list, update and delete codes, and keep codes unique", async () => {
        const created = (await api.post("/admin/purchasing-codes", { code: "SO-RUSH", kind: "special_order", description: "Rush" }, h))
          .data.purchasing_code
        expect(created).toEqual(expect.objectContaining({ id: expect.stringMatching(/^pcode_/), code: "SO-RUSH", kind: "special_order" }))
        const dup = await expectError(api.post("/admin/purchasing-codes", { code: "SO-RUSH", kind: "drop_shipment" }, h), 400)
        expect(dup.message).toContain("SO-RUSH")
        expect(dup.message).toContain("code")
        expect(dup.code).toEqual("SPECIAL_ORDER_PURCHASING_CODE_TAKEN")
        const renamed = await expectError(api.post(`/admin/purchasing-codes/${created.id}`, { code: codes.specialOrder.code }, h), 400)
        expect(renamed.message).toContain(codes.specialOrder.code)

        const list = (await api.get("/admin/purchasing-codes?kind=special_order&fields=code", h)).data
        expect(list.purchasing_codes.map((c: any) => c.code).sort()).toEqual([codes.specialOrder.code, "SO-RUSH"].sort())
        expect((await api.get("/admin/purchasing-codes?q=rush", h)).data.count).toEqual(1)

        const updated = (await api.post(`/admin/purchasing-codes/${created.id}`, { kind: "drop_shipment" }, h)).data.purchasing_code
        expect(updated.kind).toEqual("drop_shipment")
        await api.delete(`/admin/purchasing-codes/${created.id}`, h)
        await expectError(api.get(`/admin/purchasing-codes/${created.id}`, h), 404)
      })

      it("should answer 400 naming the field for bad purchasing codes, writing nothing", async () => {
        const cases: [string, Record<string, unknown>, string][] = [
          ["both kinds", { code: "X1", kind: "special_order,drop_shipment" }, "kind"],
          ["an unknown kind", { code: "X2", kind: "backorder" }, "kind"],
          ["a missing kind", { code: "X3" }, "kind"],
          ["two flags instead of a kind", { code: "X4", kind: "special_order", drop_shipment: true }, "drop_shipment"],
          ["an empty code", { code: " ", kind: "special_order" }, "code"],
          ["a code with spaces", { code: "A B", kind: "special_order" }, "code"],
        ]
        for (const [label, body, field] of cases) {
          const error = await expectError(api.post("/admin/purchasing-codes", body, h), 400)
          expect({ label, message: error.message }).toEqual({ label, message: expect.stringContaining(field) })
        }
        expect((await api.get("/admin/purchasing-codes", h)).data.count).toEqual(2)
      })

      it("should refuse to delete a code used by sourcing or open lines, naming them", async () => {
        const error = await expectError(api.delete(`/admin/purchasing-codes/${codes.specialOrder.id}`, h), 400)
        expect(error.code).toEqual("SPECIAL_ORDER_PURCHASING_CODE_IN_USE")
        expect(error.message).toContain(screwId())
        expect(await service().listPurchasingCodes({ id: codes.specialOrder.id })).toHaveLength(1)
      })
    })

    describe("variant sourcing: /admin/vendors/:id/variants", () => {
      it("should source a variant, turn its inventory management off with a code and give it back without", async () => {
        expect((await variant(screwId())).manage_inventory).toBe(false)
        const bench = await variant(stockedVariantId)
        expect(bench.manage_inventory).toBe(true)

        const { variant_sourcing } = (
          await api.post(
            `/admin/vendors/${acme.id}/variants`,
            { product_variant_id: stockedVariantId, vendor_sku: "AC-BENCH", unit_cost: "120.0000000001", purchasing_code_id: codes.specialOrder.id },
            h
          )
        ).data
        expect(variant_sourcing).toEqual(
          expect.objectContaining({ vendor_id: acme.id, product_variant_id: stockedVariantId, unit_cost: "120.0000000001", previous_manage_inventory: true })
        )
        expect((await variant(stockedVariantId)).manage_inventory).toBe(false)

        const cleared = (
          await api.post(`/admin/vendors/${acme.id}/variants`, { product_variant_id: stockedVariantId, unit_cost: 99, purchasing_code_id: null }, h)
        ).data.variant_sourcing
        expect(cleared).toEqual(expect.objectContaining({ id: variant_sourcing.id, unit_cost: "99", purchasing_code_id: null, previous_manage_inventory: null }))
        expect((await variant(stockedVariantId)).manage_inventory).toBe(true)

        await api.post(`/admin/vendors/${acme.id}/variants`, { product_variant_id: stockedVariantId, unit_cost: 99, purchasing_code_id: codes.dropShipment.id }, h)
        expect((await variant(stockedVariantId)).manage_inventory).toBe(false)
        const listed = (await api.get(`/admin/vendors/${acme.id}/variants`, h)).data
        expect(listed.count).toEqual(2)
        expect(listed.variant_sourcings.map((s: any) => s.product_variant_id).sort()).toEqual([screwId(), stockedVariantId].sort())

        const other = await expectError(
          api.post(`/admin/vendors/${bolts.id}/variants`, { product_variant_id: stockedVariantId, unit_cost: 1 }, h),
          400
        )
        expect(other.message).toContain(acme.id)
        await api.delete(`/admin/vendors/${acme.id}/variants?product_variant_id=${stockedVariantId}`, h)
        expect((await variant(stockedVariantId)).manage_inventory).toBe(true)
        expect(await service().listVariantSourcings({ product_variant_id: stockedVariantId })).toHaveLength(0)
        await expectError(api.delete(`/admin/vendors/${acme.id}/variants/${stockedVariantId}`, h), 404)
      })

      it("should answer 400 naming the field for bad sourcing, writing nothing", async () => {
        const cases: [string, Record<string, unknown>, string][] = [
          ["a negative unit cost", { unit_cost: "-1" }, "unit_cost"],
          ["a float-notation unit cost", { unit_cost: "1e3" }, "unit_cost"],
          ["a missing unit cost", { unit_cost: undefined }, "unit_cost"],
          ["a missing variant", { product_variant_id: undefined }, "product_variant_id"],
          ["an unknown field", { cost: 1 }, "cost"],
        ]
        for (const [label, overrides, field] of cases) {
          const body = { product_variant_id: drillId(), unit_cost: "1", ...overrides }
          const error = await expectError(api.post(`/admin/vendors/${acme.id}/variants`, body, h), 400)
          expect({ label, message: error.message }).toEqual({ label, message: expect.stringContaining(field) })
        }
        expect(await service().listVariantSourcings({ product_variant_id: drillId() })).toHaveLength(0)
      })

      it("should answer 404 naming a missing variant, vendor or code", async () => {
        let error = await expectError(api.post(`/admin/vendors/${acme.id}/variants`, { product_variant_id: "variant_missing", unit_cost: 1 }, h), 404)
        expect(error.message).toContain("variant_missing")
        error = await expectError(api.post(`/admin/vendors/vend_missing/variants`, { product_variant_id: drillId(), unit_cost: 1 }, h), 404)
        expect(error.message).toContain("vend_missing")
        error = await expectError(
          api.post(`/admin/vendors/${acme.id}/variants`, { product_variant_id: drillId(), unit_cost: 1, purchasing_code_id: "pcode_missing" }, h),
          404
        )
        expect(error.message).toContain("pcode_missing")
        expect((await variant(drillId())).manage_inventory).toBe(false)
      })
    })

    describe("the seed's procedure through the HTTP API", () => {
      it("should take an unstocked item from a special-order sale to a purchase order linked to the sales line", async () => {
        const profileId = (await getContainer().resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }))[0]?.id
        const product = (
          await api.post(
            "/admin/products",
            {
              title: "Custom cabinet",
              status: "published",
              shipping_profile_id: profileId,
              sales_channels: [{ id: store.salesChannel.id }],
              options: [{ title: "Finish", values: ["Oak"] }],
              variants: [{ title: "Oak", sku: "CAB-OAK", options: { Finish: "Oak" }, prices: [{ currency_code: "eur", amount: 800 }] }],
            },
            h
          )
        ).data.product
        const variantId = product.variants[0].id
        // Medusa's default: inventory managed, and nothing in stock
        expect((await variant(variantId)).manage_inventory).toBe(true)

        const vendor = (await api.post("/admin/vendors", { name: "Cabinet Makers", email: "po@cabinets.test", currency_code: "eur", lead_time_days: 14 }, h))
          .data.vendor
        const code = (await api.post("/admin/purchasing-codes", { code: "SO-CAB", kind: "special_order" }, h)).data.purchasing_code
        await api.post(
          `/admin/vendors/${vendor.id}/variants`,
          { product_variant_id: variantId, vendor_sku: "CM-OAK", unit_cost: "455.55", purchasing_code_id: code.id },
          h
        )

        const order = await placeOrder([[variantId, 1], [drillId(), 1]])
        const item = itemOf(order, variantId)
        const [line] = await linesOf(order.id, 1)
        expect(line).toEqual(expect.objectContaining({ order_line_item_id: item.id, vendor_id: vendor.id, vendor_sku: "CM-OAK", action_message: "new" }))
        expect(await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: item.id })).toHaveLength(0)

        const pulled = (await api.post("/admin/requisition-lines/get-sales-orders", { order_id: order.id }, h)).data
        expect(pulled).toEqual({ requisition_lines: [], count: 0, already_on_worksheet: 1 })
        const sheet = await worksheet(`order_id=${order.id}`)
        expect(sheet.requisition_lines.map((l: any) => [l.id, l.unit_cost, l.status])).toEqual([[line.id, "455.55", "open"]])

        const { purchase_orders } = (await api.post("/admin/requisition-lines/carry-out", { ids: [line.id] }, h)).data
        expect(purchase_orders).toEqual([
          expect.objectContaining({
            vendor_id: vendor.id,
            status: "draft",
            lines: [expect.objectContaining({ requisition_line_id: line.id, order_id: order.id, order_line_item_id: item.id, unit_cost: "455.55" })],
          }),
        ])
        const after = (await api.get(`/admin/requisition-lines/${line.id}`, h)).data.requisition_line
        expect(after).toEqual(
          expect.objectContaining({ status: "carried_out", purchase_order_id: purchase_orders[0].id, purchase_order_line_id: purchase_orders[0].lines[0].id })
        )
      })
    })

    describe("order.placed raises purchase requests", () => {
      it("should raise one line per special-order and drop-shipment line of a store order, none for ordinary lines", async () => {
        const requested = TestEventUtils.waitSubscribersExecution(SpecialOrderEvents.REQUESTED, getContainer().resolve(Modules.EVENT_BUS) as any)
        const order = await placeOrder([
          [screwId(), 3],
          [boltId(), 2],
          [drillId(), 1],
        ])
        const lines = await linesOf(order.id, 2)
        await requested
        expect(lines).toHaveLength(2)
        const screw = lines.find((l) => l.order_line_item_id === itemOf(order, screwId()).id)!
        expect(screw).toEqual(
          expect.objectContaining({
            vendor_id: acme.id,
            product_variant_id: screwId(),
            vendor_sku: "AC-SCREW-20",
            title: "Stainless screw M4",
            kind: "special_order",
            quantity: 3,
            currency_code: "eur",
            status: "open",
            action_message: "new",
            purchasing_code_id: codes.specialOrder.id,
            ship_to: null,
          })
        )
        const due = new Date(order.created_at)
        due.setUTCDate(due.getUTCDate() + 5)
        expect(new Date(screw.due_date!).toISOString()).toEqual(due.toISOString())
        const bolt = lines.find((l) => l.order_line_item_id === itemOf(order, boltId()).id)!
        expect(bolt).toEqual(expect.objectContaining({ vendor_id: bolts.id, kind: "drop_shipment", currency_code: "usd", quantity: 2 }))
        expect(bolt.ship_to).toEqual(expect.objectContaining({ address_1: "1 Test Street", city: "Test City", country_code: "fr" }))

        const sheet = await worksheet(`order_id=${order.id}&kind=special_order`)
        expect(sheet.count).toEqual(1)
        expect(sheet.requisition_lines[0]).toEqual(expect.objectContaining({ id: screw.id, unit_cost: "4.125" }))
        // checkout reserved no stock for special-order items
        const reservations = await getContainer()
          .resolve(Modules.INVENTORY)
          .listReservationItems({ line_item_id: order.items.map((i: any) => i.id) })
        expect(reservations).toHaveLength(0)
      })

      it("should raise exactly once under duplicate and concurrent deliveries, and carry out exactly once", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const order = await placeOrder([
          [screwId(), 1],
          [boltId(), 1],
        ])
        await linesOf(order.id, 2)
        const delivered = TestEventUtils.waitSubscribersExecution("order.placed", eventBus as any)
        await Promise.all([
          eventBus.emit([
            { name: "order.placed", data: { id: order.id } },
            { name: "order.placed", data: { id: order.id } },
          ]),
          ...Array.from({ length: 4 }, () =>
            raisePurchaseRequestsWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })
          ),
        ])
        await delivered
        const lines = await service().listRequisitionLines({ order_id: order.id })
        expect(lines).toHaveLength(2)

        const runs = await Promise.all([
          ...Array.from({ length: 3 }, () => carryOutRequisitionLinesWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })),
          ...Array.from({ length: 3 }, () => api.post("/admin/requisition-lines/carry-out", { ids: lines.map((l) => l.id) }, h)),
        ])
        const poLines = await service().listPurchaseOrderLines({ order_id: order.id })
        expect(poLines).toHaveLength(2)
        expect(new Set(poLines.map((l) => l.requisition_line_id))).toEqual(new Set(lines.map((l) => l.id)))
        const created = runs.flatMap((r: any) => (r.result ?? r.data).purchase_orders)
        expect(created.flatMap((p: any) => p.lines)).toHaveLength(2)
        const after = await service().listRequisitionLines({ order_id: order.id })
        after.forEach((l) => expect(l).toEqual(expect.objectContaining({ status: "carried_out", purchase_order_id: expect.any(String) })))
      })

      it("should raise purchase requests for a converted draft order", async () => {
        const draft = (
          await api.post(
            "/admin/draft-orders",
            {
              email: "draft@special.test",
              region_id: store.region.id,
              sales_channel_id: store.salesChannel.id,
              items: [{ variant_id: screwId(), quantity: 4 }],
              shipping_address: { first_name: "D", last_name: "O", address_1: "2 Draft Lane", city: "Paris", postal_code: "75001", country_code: "fr" },
            },
            h
          )
        ).data.draft_order
        expect(await service().listRequisitionLines({ order_id: draft.id })).toHaveLength(0)
        await api.post(`/admin/draft-orders/${draft.id}/convert-to-order`, {}, h)
        const [line] = await linesOf(draft.id, 1)
        expect(line).toEqual(expect.objectContaining({ vendor_id: acme.id, quantity: 4, kind: "special_order" }))
      })

      it("should carry out automatically with the auto_carry_out option", async () => {
        const options = service().getOptions()
        const previous = options.auto_carry_out
        options.auto_carry_out = true
        try {
          const order = await placeOrder([[screwId(), 2]])
          const [po] = await waitFor(
            () => service().listPurchaseOrderLines({ order_id: order.id }),
            (l) => l.length >= 1
          )
          expect(po.order_line_item_id).toEqual(itemOf(order, screwId()).id)
          const [line] = await service().listRequisitionLines({ order_id: order.id })
          expect(line).toEqual(expect.objectContaining({ status: "carried_out", purchase_order_line_id: po.id }))
        } finally {
          options.auto_carry_out = previous
        }
      })
    })

    describe("POST /admin/requisition-lines/carry-out", () => {
      it("should create one draft PO per vendor (and per drop-shipment order), numbered, linked to the sales lines", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const first = await placeOrder([[screwId(), 2], [boltId(), 1]])
        const second = await placeOrder([[screwId(), 5], [boltId(), 3]], {
          shippingAddress: { first_name: "Ann", last_name: "B", address_1: "7 Other Road", city: "Nice", postal_code: "06000", country_code: "fr" },
        })
        await linesOf(first.id, 2)
        await linesOf(second.id, 2)
        const created = TestEventUtils.waitSubscribersExecution(SpecialOrderEvents.PURCHASE_ORDER_CREATED, eventBus as any)
        const { data } = await api.post("/admin/requisition-lines/carry-out", {}, h)
        await created
        expect(data.skipped).toEqual([])
        const pos = data.purchase_orders
        expect(pos).toHaveLength(3)
        pos.forEach((p: any) => expect(p).toEqual(expect.objectContaining({ status: "draft", number: expect.stringMatching(/^PO-\d{6}$/) })))
        expect(new Set(pos.map((p: any) => p.number)).size).toEqual(3)

        const special = pos.filter((p: any) => p.kind === "special_order")
        expect(special).toHaveLength(1)
        expect(special[0]).toEqual(expect.objectContaining({ vendor_id: acme.id, currency_code: "eur" }))
        expect(special[0].ship_to).toEqual(expect.objectContaining({ address_1: "1 Warehouse Street" }))
        expect(special[0].lines.map((l: any) => [l.order_line_item_id, l.quantity, l.unit_cost])).toEqual([
          [itemOf(first, screwId()).id, 2, "4.125"],
          [itemOf(second, screwId()).id, 5, "4.125"],
        ])
        const drops = pos.filter((p: any) => p.kind === "drop_shipment")
        expect(drops.map((p: any) => [p.vendor_id, p.order_id, p.ship_to.address_1, p.currency_code]).sort()).toEqual(
          [
            [bolts.id, first.id, "1 Test Street", "usd"],
            [bolts.id, second.id, "7 Other Road", "usd"],
          ].sort()
        )
        const sheet = await worksheet(`order_id=${first.id}&order_id=${second.id}`)
        expect(sheet.count).toEqual(4)
        for (const line of sheet.requisition_lines) {
          expect(line.status).toEqual("carried_out")
          const po = pos.find((p: any) => p.id === line.purchase_order_id)
          expect(po.lines.find((l: any) => l.id === line.purchase_order_line_id)).toEqual(
            expect.objectContaining({ requisition_line_id: line.id, order_line_item_id: line.order_line_item_id })
          )
        }
        expect((await api.post("/admin/requisition-lines/carry-out", {}, h)).data.purchase_orders).toEqual([])
      })

      it("should carry out each line once under concurrent carry-outs", async () => {
        const orders = [await placeOrder([[screwId(), 1], [boltId(), 1]]), await placeOrder([[screwId(), 2]])]
        await linesOf(orders[0].id, 2)
        await linesOf(orders[1].id, 1)
        const runs = await Promise.all(Array.from({ length: 5 }, () => api.post("/admin/requisition-lines/carry-out", {}, h)))
        const poLines = runs.flatMap((r) => r.data.purchase_orders.flatMap((p: any) => p.lines))
        expect(poLines).toHaveLength(3)
        expect(await service().listPurchaseOrderLines({})).toHaveLength(3)
      })

      it("should refuse lines without a vendor, naming them, and carry them out once a vendor is set", async () => {
        const order = await placeOrder([[drillId(), 2]])
        const item = itemOf(order, drillId())
        const { requisition_line } = (
          await api.post(`/admin/orders/${order.id}/line-items/${item.id}/purchasing-code`, { purchasing_code_id: codes.specialOrder.id }, h)
        ).data
        expect(requisition_line).toEqual(expect.objectContaining({ order_line_item_id: item.id, vendor_id: null, status: "open", quantity: 2 }))

        let error = await expectError(api.post("/admin/requisition-lines/carry-out", { ids: [requisition_line.id] }, h), 400)
        expect(error.message).toContain(requisition_line.id)
        error = await expectError(api.post("/admin/requisition-lines/carry-out", {}, h), 400)
        expect(error.message).toContain(requisition_line.id)
        expect(await service().listPurchaseOrders({})).toHaveLength(0)

        error = await expectError(api.post("/admin/requisition-lines/carry-out", { ids: ["reql_missing"] }, h), 404)
        expect(error.message).toContain("reql_missing")
        error = await expectError(api.post("/admin/requisition-lines/carry-out", { ids: [] }, h), 400)
        expect(error.message).toContain("ids")

        const changed = (
          await api.post(`/admin/requisition-lines/${requisition_line.id}`, { vendor_id: bolts.id, quantity: 3, due_date: "2027-01-15", unit_cost: "140.5" }, h)
        ).data.requisition_line
        expect(changed).toEqual(expect.objectContaining({ vendor_id: bolts.id, currency_code: "usd", quantity: 3, unit_cost: "140.5" }))
        expect(new Date(changed.due_date).toISOString()).toEqual("2027-01-15T00:00:00.000Z")

        const { purchase_orders } = (await api.post("/admin/requisition-lines/carry-out", { ids: [requisition_line.id] }, h)).data
        expect(purchase_orders).toHaveLength(1)
        expect(purchase_orders[0].lines[0]).toEqual(expect.objectContaining({ quantity: 3, unit_cost: "140.5", order_line_item_id: item.id }))
        const again = (await api.post("/admin/requisition-lines/carry-out", { ids: [requisition_line.id] }, h)).data
        expect(again).toEqual({ purchase_orders: [], skipped: [{ id: requisition_line.id, status: "carried_out" }] })

        error = await expectError(api.post(`/admin/requisition-lines/${requisition_line.id}`, { quantity: 9 }, h), 400)
        expect(error.message).toContain("carried_out")
        error = await expectError(
          api.post(`/admin/orders/${order.id}/line-items/${item.id}/purchasing-code`, { purchasing_code_id: null }, h),
          400
        )
        expect(error.message).toContain(purchase_orders[0].number)
      })

      it("should answer 400 naming the field for bad requisition line changes, changing nothing", async () => {
        const order = await placeOrder([[screwId(), 1]])
        const [line] = await linesOf(order.id, 1)
        const cases: [string, Record<string, unknown>, string][] = [
          ["a zero quantity", { quantity: 0 }, "quantity"],
          ["a fractional quantity", { quantity: 1.5 }, "quantity"],
          ["a malformed due date", { due_date: "soon" }, "due_date"],
          ["a negative unit cost", { unit_cost: "-2" }, "unit_cost"],
          ["an unknown field", { status: "carried_out" }, "status"],
        ]
        for (const [label, body, field] of cases) {
          const error = await expectError(api.post(`/admin/requisition-lines/${line.id}`, body, h), 400)
          expect({ label, message: error.message }).toEqual({ label, message: expect.stringContaining(field) })
        }
        const missingVendor = await expectError(api.post(`/admin/requisition-lines/${line.id}`, { vendor_id: "vend_missing" }, h), 404)
        expect(missingVendor.message).toContain("vend_missing")
        await expectError(api.post(`/admin/requisition-lines/reql_missing`, { quantity: 2 }, h), 404)
        const [after] = await service().listRequisitionLines({ id: line.id })
        expect(after).toEqual(expect.objectContaining({ quantity: 1, vendor_id: acme.id, status: "open" }))
      })
    })

    describe("carryOutRequisitionLinesWorkflow compensation", () => {
      it("should reopen the lines and remove the purchase orders when a later step fails", async () => {
        const raised = await service().raiseRequisitionLines(
          ["li_c1", "li_c2"].map((id) => ({
            vendor_id: acme.id,
            product_variant_id: screwId(),
            vendor_sku: null,
            title: "Screw",
            quantity: 1,
            unit_cost: "1",
            currency_code: "eur",
            due_date: new Date(),
            kind: "special_order" as const,
            purchasing_code_id: codes.specialOrder.id,
            order_id: "order_compensation",
            order_line_item_id: id,
            ship_to: null,
          }))
        )
        const workflow = carryOutRequisitionLinesWorkflow(getContainer())
        workflow.appendAction("fail-after-carry-out", carryOutRequisitionLinesStepId, {
          invoke: async () => {
            throw new Error("failure after carry-out")
          },
        })
        const { errors } = await workflow.run({ input: { ids: raised.map((r) => r.id) }, throwOnError: false })
        expect(errors.map((e: any) => e.error?.message)).toEqual(["failure after carry-out"])
        const lines = await service().listRequisitionLines({ order_id: "order_compensation" })
        lines.forEach((l) => expect(l).toEqual(expect.objectContaining({ status: "open", purchase_order_id: null, purchase_order_line_id: null })))
        expect(await service().listPurchaseOrders({})).toHaveLength(0)
        expect(await service().listPurchaseOrderLines({ order_id: "order_compensation" })).toHaveLength(0)
      })
    })

    describe("POST /admin/orders/:id/line-items/:item_id/purchasing-code", () => {
      it("should answer 409 naming the line and the reservation for a reserved item, and 404 / 400 for bad targets, changing nothing", async () => {
        const order = await placeOrder([[stockedVariantId, 1], [drillId(), 1]])
        const item = itemOf(order, stockedVariantId)
        const [reservation] = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: item.id })
        expect(reservation).toBeDefined()
        const error = await expectError(
          api.post(`/admin/orders/${order.id}/line-items/${item.id}/purchasing-code`, { purchasing_code_id: codes.specialOrder.id }, h),
          409
        )
        expect(error.code).toEqual("SPECIAL_ORDER_LINE_RESERVED")
        expect(error.message).toContain(item.id)
        expect(error.message).toContain(reservation.id)
        expect(await service().listOrderLinePurchasingCodes({ order_line_item_id: item.id })).toHaveLength(0)
        expect(await service().listRequisitionLines({ order_id: order.id })).toHaveLength(0)

        // 404 / 400 naming a missing order, line or code, or a bad body
        const drill = itemOf(order, drillId())
        const url = (orderId: string, itemId: string) => `/admin/orders/${orderId}/line-items/${itemId}/purchasing-code`
        let missing = await expectError(api.post(url("order_missing", drill.id), { purchasing_code_id: codes.specialOrder.id }, h), 404)
        expect(missing.message).toContain("order_missing")
        missing = await expectError(api.post(url(order.id, "ordli_missing"), { purchasing_code_id: codes.specialOrder.id }, h), 404)
        expect(missing.message).toContain("ordli_missing")
        missing = await expectError(api.post(url(order.id, drill.id), { purchasing_code_id: "pcode_missing" }, h), 404)
        expect(missing.message).toContain("pcode_missing")
        const bad = await expectError(api.post(url(order.id, drill.id), {}, h), 400)
        expect(bad.message).toContain("purchasing_code_id")
        expect(await service().listRequisitionLines({ order_id: order.id })).toHaveLength(0)
      })

      it("should let the line's code win over the variant's default, and clearing it fall back to the default", async () => {
        const order = await placeOrder([[screwId(), 2]])
        const item = itemOf(order, screwId())
        const [raised] = await linesOf(order.id, 1)
        expect(raised.kind).toEqual("special_order")
        const { requisition_line } = (
          await api.post(`/admin/orders/${order.id}/line-items/${item.id}/purchasing-code`, { purchasing_code_id: codes.dropShipment.id }, h)
        ).data
        expect(requisition_line).toEqual(expect.objectContaining({ id: raised.id, kind: "drop_shipment", purchasing_code_id: codes.dropShipment.id }))
        expect(requisition_line.ship_to).toEqual(expect.objectContaining({ address_1: "1 Test Street" }))
        const cleared = (await api.post(`/admin/orders/${order.id}/line-items/${item.id}/purchasing-code`, { purchasing_code_id: null }, h)).data
        expect(cleared.requisition_line).toEqual(expect.objectContaining({ id: raised.id, kind: "special_order", ship_to: null }))
        expect(await service().listRequisitionLines({ order_id: order.id })).toHaveLength(1)
      })
    })

    describe("order.canceled", () => {
      it("should cancel open requisition lines before carry-out and flag PO lines after it", async () => {
        const before = await placeOrder([[screwId(), 1]])
        const after = await placeOrder([[screwId(), 2], [boltId(), 1]])
        await linesOf(before.id, 1)
        const afterLines = await linesOf(after.id, 2)
        const { purchase_orders } = (await api.post("/admin/requisition-lines/carry-out", { ids: afterLines.map((l) => l.id) }, h)).data
        expect(purchase_orders).toHaveLength(2)

        await api.post(`/admin/orders/${before.id}/cancel`, {}, h)
        await api.post(`/admin/orders/${after.id}/cancel`, {}, h)
        const [canceled] = await waitFor(
          () => service().listRequisitionLines({ order_id: before.id }),
          (l) => l[0]?.status === "canceled"
        )
        expect(canceled).toEqual(expect.objectContaining({ status: "canceled", action_message: "cancel", canceled_at: expect.any(Date) }))
        const flagged = await waitFor(
          () => service().listPurchaseOrderLines({ order_id: after.id }),
          (l) => l.length === 2 && l.every((x) => x.flagged)
        )
        flagged.forEach((l) => expect(l.flag_reason).toContain(after.id))
        const sheet = await worksheet(`order_id=${after.id}`)
        sheet.requisition_lines.forEach((l: any) => expect(l.status).toEqual("carried_out"))
        const error = await expectError(
          api.post(`/admin/orders/${before.id}/line-items/${before.items[0].id}/purchasing-code`, { purchasing_code_id: codes.dropShipment.id }, h),
          400
        )
        expect(error.message).toContain("canceled")
      })
    })

    describe("the worksheet", () => {
      it("should pull in special-order lines not on the worksheet yet, once, for an order or a date range", async () => {
        const order = await placeOrder([[screwId(), 1], [boltId(), 2], [drillId(), 1]])
        const lines = await linesOf(order.id, 2)
        // lines lost (e.g. an event lost in a crash): get-sales-orders recovers them
        await service().softDeleteRequisitionLines(lines.map((l) => l.id))
        const pulled = (await api.post("/admin/requisition-lines/get-sales-orders", { order_id: order.id }, h)).data
        expect(pulled.count).toEqual(2)
        expect(pulled.requisition_lines.map((l: any) => l.order_line_item_id).sort()).toEqual(
          [itemOf(order, screwId()).id, itemOf(order, boltId()).id].sort()
        )
        expect((await api.post("/admin/requisition-lines/get-sales-orders", { order_id: order.id }, h)).data).toEqual(
          expect.objectContaining({ count: 0, already_on_worksheet: 2 })
        )
        const from = new Date(Date.now() - 3600_000).toISOString()
        expect((await api.post("/admin/requisition-lines/get-sales-orders", { from, to: new Date().toISOString() }, h)).data.count).toEqual(0)
        // a date-only upper bound covers the whole day: the lines of today's order are found again
        await service().softDeleteRequisitionLines(pulled.requisition_lines.map((l: any) => l.id))
        const today = new Date().toISOString().slice(0, 10)
        const byDay = (await api.post("/admin/requisition-lines/get-sales-orders", { from: today, to: today }, h)).data
        expect(byDay.count).toEqual(2)
        const error = await expectError(api.post("/admin/requisition-lines/get-sales-orders", { from: new Date().toISOString(), to: from }, h), 400)
        expect(error.message).toContain("to")
      })

      it("should filter by status, vendor, kind and due date range, with list conventions", async () => {
        const order = await placeOrder([[screwId(), 1], [boltId(), 1]])
        const lines = await linesOf(order.id, 2)
        expect((await worksheet(`vendor_id=${acme.id}&status=open`)).requisition_lines.map((l: any) => l.id)).toEqual([
          lines.find((l) => l.kind === "special_order")!.id,
        ])
        expect((await worksheet(`kind=drop_shipment&fields=id,kind`)).requisition_lines).toEqual([
          { id: lines.find((l) => l.kind === "drop_shipment")!.id, kind: "drop_shipment" },
        ])
        const soon = new Date(Date.now() + 3 * 86400_000).toISOString()
        expect((await worksheet(`due_date[$lte]=${soon}`)).count).toEqual(1)
        expect((await worksheet(`due_date[$gte]=${soon}`)).count).toEqual(1)
        const page = await worksheet("limit=1&offset=1&order=kind")
        expect(page).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
        expect(page.requisition_lines[0].kind).toEqual("special_order")
        const error = await expectError(api.get("/admin/requisition-lines?status=done", h), 400)
        expect(error.message).toContain("status")
      })
    })

    describe("links", () => {
      it("should read the special-order state from the order line (query.graph and the admin order route)", async () => {
        const order = await placeOrder([[screwId(), 2], [drillId(), 1]])
        await linesOf(order.id, 1)
        const { purchase_orders } = (await api.post("/admin/requisition-lines/carry-out", {}, h)).data
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "items.id",
            "items.requisition_line.status",
            "items.requisition_line.purchase_order_line_id",
            "items.detail.purchase_order_lines.id",
            "items.detail.purchase_order_lines.quantity",
            "items.detail.purchase_order_lines.purchase_order.number",
          ],
          filters: { id: order.id },
        })
        const items = (data[0] as any).items
        const screw = items.find((i: any) => i.id === itemOf(order, screwId()).id)
        expect(screw.requisition_line).toEqual(
          expect.objectContaining({ status: "carried_out", purchase_order_line_id: purchase_orders[0].lines[0].id })
        )
        expect(screw.detail.purchase_order_lines).toEqual([
          expect.objectContaining({
            id: purchase_orders[0].lines[0].id,
            quantity: 2,
            purchase_order: expect.objectContaining({ number: purchase_orders[0].number }),
          }),
        ])
        const drill = items.find((i: any) => i.id === itemOf(order, drillId()).id)
        expect(drill.requisition_line ?? null).toBeNull()
        expect(drill.detail.purchase_order_lines ?? []).toEqual([])

        const { data: lines } = await query.graph({
          entity: "requisition_line",
          fields: ["id", "order.id", "order.email"],
          filters: { order_id: order.id },
        })
        expect((lines[0] as any).order).toEqual(expect.objectContaining({ id: order.id, email: order.email }))

        const viaAdmin = (
          await api.get(`/admin/orders/${order.id}?fields=id,*items,items.requisition_line.status,items.detail.purchase_order_lines.id`, h)
        ).data.order
        const adminScrew = viaAdmin.items.find((i: any) => i.id === screw.id)
        expect(adminScrew.requisition_line.status).toEqual("carried_out")
        expect(adminScrew.detail.purchase_order_lines.map((l: any) => l.id)).toEqual([purchase_orders[0].lines[0].id])
      })
    })
  },
})
