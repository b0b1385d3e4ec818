import type Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  completeCartViaSdk,
  completeCartViaStoreApi,
  createSdk,
  seedCheckout,
  SeededCheckout,
} from "../utils/checkout"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext, StoreContext } from "../utils/store"

jest.setTimeout(120 * 1000)

const BUYER = { email: "checkout-buyer@medusa-test.local", password: "supersecret" }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: StoreContext
    let checkout: SeededCheckout
    let catalog: SeededCatalog
    let customerId: string
    let baseUrl: string

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreContext(container, { currency: "eur" })
      checkout = await seedCheckout(container, {
        regionId: store.region.id,
        salesChannelId: store.salesChannel.id,
      })
      catalog = await seedCatalog(container, {
        salesChannelId: store.salesChannel.id,
        currencies: ["eur"],
        shippingProfileId: checkout.shippingProfileId,
      })
      customerId = (await createCustomer(container, BUYER)).customer.id
      // The runner's axios instance knows the port the app listens on.
      baseUrl = api.defaults.baseURL as string
    })

    describe("seedCheckout", () => {
      it("should reuse what exists when called again", async () => {
        const again = await seedCheckout(getContainer(), {
          regionId: store.region.id,
          salesChannelId: store.salesChannel.id,
        })

        expect(again).toEqual(checkout)
      })
    })

    describe("customer checkout with @medusajs/js-sdk", () => {
      let sdk: Medusa

      beforeEach(() => {
        sdk = createSdk(baseUrl, store.publishableKey)
      })

      it("should log in, fill a cart and place an order with the right total", async () => {
        const token = await sdk.auth.login("customer", "emailpass", BUYER)
        expect(token).toEqual(expect.any(String))

        const { cart } = await sdk.store.cart.create({ region_id: store.region.id })
        expect(cart.customer_id).toEqual(customerId)
        expect(cart.email).toEqual(BUYER.email)

        const screw = catalog.products.screw.variants.m4x20
        const { cart: withItem } = await sdk.store.cart.createLineItem(cart.id, { variant_id: screw.id, quantity: 3 })
        expect(withItem.items).toEqual([
          expect.objectContaining({ variant_id: screw.id, quantity: 3, unit_price: screw.price, requires_shipping: true }),
        ])

        const result = await completeCartViaSdk(sdk, cart.id)

        if (result.type !== "order") {
          throw new Error(`expected an order, got ${JSON.stringify(result)}`)
        }
        expect(result.order).toEqual(
          expect.objectContaining({
            email: BUYER.email,
            currency_code: "eur",
            item_total: 3 * screw.price,
            shipping_total: checkout.shippingAmount,
            total: 3 * screw.price + checkout.shippingAmount,
          })
        )
        // The order belongs to the logged-in customer (the complete response has no customer_id).
        const { order } = await sdk.store.order.retrieve(result.order.id, { fields: "id,customer_id" })
        expect(order.customer_id).toEqual(customerId)
      })
    })

    describe("guest checkout with the store API", () => {
      it("should place an order for a cart without a customer", async () => {
        const headers = store.storeHeaders()
        const { cart } = (await api.post("/store/carts", { region_id: store.region.id }, { headers })).data
        const bolt = catalog.products.bolt.variants.m8
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: bolt.id, quantity: 2 }, { headers })

        const result = await completeCartViaStoreApi(api, cart.id, headers, { email: "guest@medusa-test.local" })

        if (result.type !== "order") {
          throw new Error(`expected an order, got ${JSON.stringify(result)}`)
        }
        expect(result.order).toEqual(
          expect.objectContaining({
            email: "guest@medusa-test.local",
            total: 2 * bolt.price + checkout.shippingAmount,
          })
        )
        expect(result.order.shipping_address).toEqual(
          expect.objectContaining({ country_code: expect.stringMatching(/^(de|fr|nl)$/) })
        )
      })
    })
  },
})
