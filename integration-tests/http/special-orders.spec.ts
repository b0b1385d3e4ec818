import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { SPECIAL_ORDER_MODULE } from "../../src/modules/special-order"
import type SpecialOrderModuleService from "../../src/modules/special-order/service"
import { carryOutRequisitionLinesWorkflow, raisePurchaseRequestsWorkflow } from "../../src/workflows"
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

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: { headers: { authorization: string } }
    let store: StoreContext
    let catalog: SeededCatalog
    let codes: SeededPurchasingCodes
    let acme: SeededVendor
    let bolts: SeededVendor

    beforeAll(async () => {
      const container = getContainer()
      adminHeaders = { headers: (await createAdminUser(container)).headers }
      store = await createStoreContext(container, { currency: "eur" })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      catalog = await seedCatalog(container, {
        salesChannelId: store.salesChannel.id,
        currencies: ["eur"],
        shippingProfileId: checkout.shippingProfileId,
      })
      codes = await seedPurchasingCodes(container)
      acme = await seedVendor(container, { name: "Acme Supplies", lead_time_days: 5 })
      bolts = await seedVendor(container, { name: "Bolt Works", currency_code: "usd", lead_time_days: 2 })
      // screw 20 mm: special order from Acme; bolt: drop shipment from Bolt Works; drill: ordinary stock
      await seedSourcing(container, {
        vendor_id: acme.id,
        product_variant_id: catalog.products.screw.variants.m4x20.id,
        purchasing_code_id: codes.specialOrder.id,
        unit_cost: "4.125",
      })
      await seedSourcing(container, {
        vendor_id: bolts.id,
        product_variant_id: catalog.products.bolt.variants.m8.id,
        purchasing_code_id: codes.dropShipment.id,
        unit_cost: "11.50",
      })
    })

    const service = () => getContainer().resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    const placeOrder = (lines: [string, number][]) =>
      placeOrderViaStoreApi(api as any, store.storeHeaders(), store.region.id, lines)
    const linesOf = (orderId: string, n: number) =>
      waitFor(() => service().listRequisitionLines({ order_id: orderId }), (l) => l.length >= n)

    describe("order.placed", () => {
      it("should raise one requisition line per special-order and drop-shipment line", async () => {
        const order = await placeOrder([
          [catalog.products.screw.variants.m4x20.id, 3],
          [catalog.products.bolt.variants.m8.id, 2],
          [catalog.products.drill.variants.standard.id, 1],
        ])
        const lines = await linesOf(order.id, 2)
        expect(lines).toHaveLength(2)
        const screwItem = order.items.find((i: any) => i.variant_id === catalog.products.screw.variants.m4x20.id)
        const screw = lines.find((l) => l.order_line_item_id === screwItem.id)!
        expect(screw).toEqual(
          expect.objectContaining({ vendor_id: acme.id, kind: "special_order", quantity: 3, status: "open", action_message: "new" })
        )
        const bolt = lines.find((l) => l.kind === "drop_shipment")!
        expect(bolt.vendor_id).toEqual(bolts.id)
        expect(bolt.currency_code).toEqual("usd")
        expect((bolt.ship_to as any).address_1).toEqual("1 Test Street")

        const { result } = await carryOutRequisitionLinesWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })
        expect(result.purchase_orders).toHaveLength(2)
      })
    })
  },
})
