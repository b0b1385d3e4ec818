import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPriceListsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { createSalesAgreementWorkflow, updateSalesAgreementStatusWorkflow } from "../../src/workflows"
import { createAdminUser } from "../utils/admin"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext, StoreContext } from "../utils/store"
import { completeCartViaSdk, createSdk, seedCheckout } from "../utils/checkout"

jest.setTimeout(120 * 1000)

const expectError = async (p: Promise<unknown>, status: number) => {
  const error: any = await p.then(
    (r: any) => {
      throw new Error(`expected HTTP ${status}, got ${r.status}: ${JSON.stringify(r.data)}`)
    },
    (e) => e
  )
  if (!error.response) throw error
  expect(error.response.status).toEqual(status)
  return error.response.data as { type: string; code?: string; message: string }
}

const price = (cart: any, variantId: string) => {
  const items = cart.items.filter((i: any) => i.variant_id === variantId)
  expect(items).toHaveLength(1)
  return items[0]
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: { authorization: string }
    let store: StoreContext
    let usd: StoreContext
    let catalog: SeededCatalog
    let buyer: { id: string; token: string }
    let other: { id: string; token: string }
    let agreement: any
    let shippingProfileId: string

    beforeAll(async () => {
      const container = getContainer()
      adminHeaders = (await createAdminUser(container)).headers
      store = await createStoreContext(container, { currency: "eur" })
      usd = await createStoreContext(container, { currency: "usd", name: "US" })
      const checkout = await seedCheckout(container, { regionId: store.region.id, salesChannelId: store.salesChannel.id })
      shippingProfileId = checkout.shippingProfileId
      catalog = await seedCatalog(container, {
        salesChannelId: store.salesChannel.id,
        currencies: ["eur", "usd"],
        shippingProfileId: checkout.shippingProfileId,
      })
      const b = await createCustomer(container, { email: "buyer@pricing.test" })
      const o = await createCustomer(container, { email: "other@pricing.test" })
      buyer = { id: b.customer.id, token: b.token }
      other = { id: o.customer.id, token: o.token }

      const { result } = await createSalesAgreementWorkflow(container).run({
        input: {
          customer_id: buyer.id,
          currency_code: "eur",
          title: "Fasteners 2026",
          effective_date: "2020-01-01T00:00:00Z",
          expiration_date: "2099-12-31T23:59:59Z",
          payment_terms: "Net 30",
          delivery_terms: "DAP",
          dimensions: { cost_center: "CC-7" },
          shipping_address: { first_name: "Ada", last_name: "Buyer", address_1: "1 Dock Road", city: "Hamburg", postal_code: "20457", country_code: "de" },
          auto_apply: true,
          lines: [
            { commitment_type: "product_quantity", product_variant_id: catalog.products.screw.variants.m4x20.id, quantity: 10, unit_label: "pcs", unit_price: "8.50", max_enforced: true },
            { commitment_type: "product_value", product_id: catalog.products.bolt.id, amount: "1000", discount_percent: "10" },
            { commitment_type: "product_category_value", product_category_id: catalog.categories.fastenersId, amount: "5000", discount_percent: "5" },
            { commitment_type: "value", amount: "100000", discount_percent: "2" },
          ],
        },
      })
      await updateSalesAgreementStatusWorkflow(container).run({ input: { id: result.id, status: "effective" } })
      agreement = result
    })

    const headers = (token?: string) => ({ headers: store.storeHeaders(token) })
    /** a published product of one variant in the store's sales channel; returns the variant id */
    const createOneVariantProduct = async (title: string, variant: { manage_inventory: boolean; prices: any[] }) => {
      const handle = title.toLowerCase().replace(/\W+/g, "-")
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title,
              handle,
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: store.salesChannel.id }],
              shipping_profile_id: shippingProfileId,
              options: [{ title: "Size", values: ["One"] }],
              variants: [{ title: "One", sku: handle.toUpperCase(), options: { Size: "One" }, ...variant }],
            } as any,
          ],
        },
      })
      return result[0].variants[0].id
    }
    const newCart = async (token?: string, region = store.region.id) =>
      (await api.post("/store/carts", { region_id: region, sales_channel_id: store.salesChannel.id }, headers(token))).data.cart
    const add = async (cartId: string, variantId: string, quantity: number, token?: string) =>
      (await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, headers(token))).data.cart

    describe("POST /store/carts/:id/line-items (standard store API)", () => {
      it("should auto-apply the customer's agreement and charge contract prices per commitment type", async () => {
        const cart = await newCart(buyer.token)
        await add(cart.id, catalog.products.screw.variants.m4x20.id, 2, buyer.token)
        await add(cart.id, catalog.products.bolt.variants.m8.id, 1, buyer.token)
        await add(cart.id, catalog.products.screw.variants.m4x30.id, 3, buyer.token)
        const final = await add(cart.id, catalog.products.drill.variants.standard.id, 1, buyer.token)

        expect(final.metadata).toEqual(
          expect.objectContaining({ sales_agreement_id: agreement.id, payment_terms: "Net 30", delivery_terms: "DAP", dimensions: { cost_center: "CC-7" } })
        )
        expect(final.shipping_address).toEqual(expect.objectContaining({ address_1: "1 Dock Road", city: "Hamburg", country_code: "de" }))
        const screw = price(final, catalog.products.screw.variants.m4x20.id)
        expect(screw.unit_price).toEqual(8.5)
        expect(screw.metadata).toEqual(
          expect.objectContaining({ sales_agreement_id: agreement.id, sales_agreement_line_id: agreement.lines[0].id, trade_unit_price: "10" })
        )
        expect(price(final, catalog.products.bolt.variants.m8.id).unit_price).toEqual(22.5)
        expect(price(final, catalog.products.screw.variants.m4x30.id).unit_price).toEqual(11.4)
        const drill = price(final, catalog.products.drill.variants.standard.id)
        expect(drill.unit_price).toEqual(147)
        expect(drill.metadata.sales_agreement_line_id).toEqual(agreement.lines[3].id)
        expect(final.item_subtotal).toEqual(8.5 * 2 + 22.5 + 11.4 * 3 + 147)
      })

      it("should re-evaluate a line when its quantity crosses the max-enforced commitment", async () => {
        const cart = await newCart(buyer.token)
        const added = await add(cart.id, catalog.products.screw.variants.m4x20.id, 4, buyer.token)
        const item = price(added, catalog.products.screw.variants.m4x20.id)
        expect(item.unit_price).toEqual(8.5)

        const over = (await api.post(`/store/carts/${cart.id}/line-items/${item.id}`, { quantity: 11 }, headers(buyer.token))).data.cart
        const overItem = price(over, catalog.products.screw.variants.m4x20.id)
        // no longer fits the 10-piece commitment: falls to the Fasteners category commitment (5 %)
        expect(overItem.unit_price).toEqual(9.5)
        expect(overItem.metadata.sales_agreement_line_id).toEqual(agreement.lines[2].id)

        const back = (await api.post(`/store/carts/${cart.id}/line-items/${item.id}`, { quantity: 10 }, headers(buyer.token))).data.cart
        expect(price(back, catalog.products.screw.variants.m4x20.id).unit_price).toEqual(8.5)
      })

      it("should give guests trade prices", async () => {
        const cart = await newCart()
        const added = await add(cart.id, catalog.products.screw.variants.m4x20.id, 2)
        const item = price(added, catalog.products.screw.variants.m4x20.id)
        expect(item.unit_price).toEqual(10)
        expect(item.metadata?.sales_agreement_id).toBeUndefined()
        expect(added.metadata?.sales_agreement_id).toBeUndefined()
      })

      it("should give another customer trade prices", async () => {
        const cart = await newCart(other.token)
        const added = await add(cart.id, catalog.products.bolt.variants.m8.id, 1, other.token)
        expect(price(added, catalog.products.bolt.variants.m8.id).unit_price).toEqual(25)
      })

      it("should not apply a EUR agreement to a USD cart", async () => {
        const cart = await newCart(buyer.token, usd.region.id)
        const added = await add(cart.id, catalog.products.bolt.variants.m8.id, 1, buyer.token)
        expect(price(added, catalog.products.bolt.variants.m8.id).unit_price).toEqual(25)
        const error = await expectError(
          api.post(`/store/carts/${cart.id}/sales-agreement`, { sales_agreement_id: agreement.id }, headers(buyer.token)),
          400
        )
        expect(error.message).toContain("currency_mismatch")
      })

      it("should let the agreement price beat a sale price list", async () => {
        await createPriceListsWorkflow(getContainer()).run({
          input: {
            price_lists_data: [
              {
                title: "Flash sale",
                description: "sale",
                type: "sale",
                status: "active",
                prices: [
                  { variant_id: catalog.products.screw.variants.m4x20.id, amount: 7, currency_code: "eur" },
                  { variant_id: catalog.products.screw.variants.m4x30.id, amount: 11, currency_code: "eur" },
                ],
              } as any,
            ],
          },
        })
        const guestCart = await newCart()
        expect(price(await add(guestCart.id, catalog.products.screw.variants.m4x20.id, 1), catalog.products.screw.variants.m4x20.id).unit_price).toEqual(7)

        const cart = await newCart(buyer.token)
        const a = await add(cart.id, catalog.products.screw.variants.m4x20.id, 1, buyer.token)
        const screw = price(a, catalog.products.screw.variants.m4x20.id)
        expect(screw.unit_price).toEqual(8.5)
        expect(screw.metadata.trade_unit_price).toEqual("7")
        const b = await add(cart.id, catalog.products.screw.variants.m4x30.id, 1, buyer.token)
        // discount commitments apply to the trade price, sale included: 11 × 0.95
        expect(price(b, catalog.products.screw.variants.m4x30.id).unit_price).toEqual(10.45)
      })

      it("should let the agreement price beat an override price list", async () => {
        await createPriceListsWorkflow(getContainer()).run({
          input: {
            price_lists_data: [
              {
                title: "Distributor override",
                description: "override",
                type: "override",
                status: "active",
                prices: [{ variant_id: catalog.products.screw.variants.m4x20.id, amount: 6, currency_code: "eur" }],
              } as any,
            ],
          },
        })
        const guestCart = await newCart()
        expect(price(await add(guestCart.id, catalog.products.screw.variants.m4x20.id, 1), catalog.products.screw.variants.m4x20.id).unit_price).toEqual(6)

        const cart = await newCart(buyer.token)
        const screw = price(await add(cart.id, catalog.products.screw.variants.m4x20.id, 2, buyer.token), catalog.products.screw.variants.m4x20.id)
        expect(screw.unit_price).toEqual(8.5)
        expect(screw.metadata).toEqual(expect.objectContaining({ sales_agreement_line_id: agreement.lines[0].id, trade_unit_price: "6" }))
      })

      it("should price a cart's first line with the agreement's address, which a price rule may depend on", async () => {
        // 40 EUR, but 32 EUR shipped to the agreement's postal code (20457): the value commitment takes 2 % off the trade price
        const palletId = await createOneVariantProduct("Harbour pallet", {
          manage_inventory: false,
          prices: [
            { currency_code: "eur", amount: 40 },
            { currency_code: "eur", amount: 32, rules: { "shipping_address.postal_code": "20457" } },
          ],
        })
        const cartAt = async (address: Record<string, string>) =>
          (await api.post("/store/carts", { region_id: store.region.id, sales_channel_id: store.salesChannel.id, shipping_address: address }, headers(buyer.token))).data.cart
        const berlin = { first_name: "Ada", last_name: "Buyer", address_1: "9 Spree Way", city: "Berlin", postal_code: "10115", country_code: "de" }
        const hamburgOffice = { first_name: "Office", last_name: "Buyer", address_1: "5 Quay", city: "Hamburg", postal_code: "20457", country_code: "de" }
        const agreementAddress = { first_name: "Ada", last_name: "Buyer", address_1: "1 Dock Road", city: "Hamburg", postal_code: "20457", country_code: "de" }

        const guest = (await api.post("/store/carts", { region_id: store.region.id, sales_channel_id: store.salesChannel.id, shipping_address: berlin }, headers())).data.cart
        expect(price(await add(guest.id, palletId, 1), palletId).unit_price).toEqual(40)

        // twice from Berlin (the second time the customer is known to have an agreement to auto-apply),
        // from another Hamburg address with the same postal code, and from the agreement's own address
        for (const from of [berlin, berlin, hamburgOffice, agreementAddress]) {
          const cart = await cartAt(from)
          const added = await add(cart.id, palletId, 1, buyer.token)
          const line = price(added, palletId)
          expect(line.unit_price).toEqual(31.36)
          expect(line.metadata).toEqual(expect.objectContaining({ sales_agreement_id: agreement.id, sales_agreement_line_id: agreement.lines[3].id, trade_unit_price: "32" }))
          expect(added.shipping_address).toEqual(expect.objectContaining(agreementAddress))
          // an address that already is the agreement's is not written again
          expect(added.shipping_address.id === cart.shipping_address.id).toBe(from === agreementAddress)
        }
      })

      it("should leave the cart as it was when Medusa refuses the first line (nothing linked, address kept)", async () => {
        // managed inventory with no stock anywhere: Medusa's add-to-cart refuses it after the header was written
        const crateId = await createOneVariantProduct("Sold-out crate", { manage_inventory: true, prices: [{ currency_code: "eur", amount: 20 }] })
        const berlin = { first_name: "Ada", last_name: "Buyer", address_1: "9 Spree Way", city: "Berlin", postal_code: "10115", country_code: "de" }
        const cart = (
          await api.post(
            "/store/carts",
            { region_id: store.region.id, sales_channel_id: store.salesChannel.id, shipping_address: berlin, metadata: { po_reference: "PO-77" } },
            headers(buyer.token)
          )
        ).data.cart
        const error = await expectError(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: crateId, quantity: 1 }, headers(buyer.token)), 400)
        expect(error.message).toMatch(/inventory|stock/i)

        const after = (await api.get(`/store/carts/${cart.id}`, headers(buyer.token))).data.cart
        expect(after.items).toEqual([])
        expect(after.metadata).toEqual({ po_reference: "PO-77" })
        expect(after.shipping_address).toEqual(expect.objectContaining(berlin))

        // the cart links as usual at the next add
        const added = await add(cart.id, catalog.products.screw.variants.m4x20.id, 1, buyer.token)
        expect(added.metadata).toEqual(expect.objectContaining({ po_reference: "PO-77", sales_agreement_id: agreement.id }))
        expect(price(added, catalog.products.screw.variants.m4x20.id).unit_price).toEqual(8.5)
      })

      it("should not apply an effective agreement past its expiration date", async () => {
        const late = await createCustomer(getContainer(), { email: "late@pricing.test" })
        const { result: expired } = await createSalesAgreementWorkflow(getContainer()).run({
          input: {
            customer_id: late.customer.id,
            currency_code: "eur",
            effective_date: "2020-01-01T00:00:00Z",
            expiration_date: "2021-12-31",
            auto_apply: true,
            lines: [{ commitment_type: "value", amount: "1000", discount_percent: "50" }],
          },
        })
        await updateSalesAgreementStatusWorkflow(getContainer()).run({ input: { id: expired.id, status: "effective" } })

        const cart = await newCart(late.token)
        const added = await add(cart.id, catalog.products.bolt.variants.m8.id, 1, late.token)
        expect(price(added, catalog.products.bolt.variants.m8.id).unit_price).toEqual(25)
        expect(added.metadata?.sales_agreement_id).toBeUndefined()
        const error = await expectError(
          api.post(`/store/carts/${cart.id}/sales-agreement`, { sales_agreement_id: expired.id }, headers(late.token)),
          400
        )
        expect(error.message).toMatch(/expired|validity/)
        const listed = (await api.get("/store/sales-agreements", headers(late.token))).data.sales_agreements
        expect(listed).toEqual([])
      })
    })

    describe("a storefront using @medusajs/js-sdk", () => {
      it("should get contract prices through the standard cart calls and keep them on the order", async () => {
        const sdk = createSdk(api.defaults.baseURL!, store.publishableKey)
        await sdk.auth.login("customer", "emailpass", { email: "buyer@pricing.test", password: "supersecret" })
        const { cart } = await sdk.store.cart.create({ region_id: store.region.id })
        let current = (await sdk.store.cart.createLineItem(cart.id, { variant_id: catalog.products.screw.variants.m4x20.id, quantity: 3 })).cart
        current = (await sdk.store.cart.createLineItem(cart.id, { variant_id: catalog.products.drill.variants.standard.id, quantity: 1 })).cart
        current = (await sdk.store.cart.createLineItem(cart.id, { variant_id: catalog.products.bolt.variants.m8.id, quantity: 2 })).cart
        const bolt = current.items!.find((i) => i.variant_id === catalog.products.bolt.variants.m8.id)!
        current = (await sdk.store.cart.deleteLineItem(cart.id, bolt.id)).parent!
        const screw = current.items!.find((i) => i.variant_id === catalog.products.screw.variants.m4x20.id)!
        current = (await sdk.store.cart.updateLineItem(cart.id, screw.id, { quantity: 4 })).cart
        expect(current.items!.map((i) => [i.variant_id, i.unit_price]).sort()).toEqual(
          [
            [catalog.products.screw.variants.m4x20.id, 8.5],
            [catalog.products.drill.variants.standard.id, 147],
          ].sort()
        )

        const result = await completeCartViaSdk(sdk, cart.id)
        expect(result.type).toEqual("order")
        const order = (result as any).order
        const orderScrew = order.items.find((i: any) => i.variant_id === catalog.products.screw.variants.m4x20.id)
        expect(orderScrew.unit_price).toEqual(8.5)
        expect(orderScrew.metadata).toEqual(
          expect.objectContaining({ sales_agreement_id: agreement.id, sales_agreement_line_id: agreement.lines[0].id, trade_unit_price: "10" })
        )
        expect(order.item_subtotal).toEqual(8.5 * 4 + 147)
      })
    })

    describe("POST/DELETE /store/carts/:id/sales-agreement", () => {
      it("should unlink (trade prices back, no auto re-link) and link again", async () => {
        const cart = await newCart(buyer.token)
        await add(cart.id, catalog.products.screw.variants.m4x20.id, 2, buyer.token)
        const linked = await add(cart.id, catalog.products.bolt.variants.m8.id, 1, buyer.token)
        expect(price(linked, catalog.products.bolt.variants.m8.id).unit_price).toEqual(22.5)

        const unlinked = (await api.delete(`/store/carts/${cart.id}/sales-agreement`, headers(buyer.token))).data.cart
        expect(unlinked.metadata.sales_agreement_id).toBeUndefined()
        const screw = price(unlinked, catalog.products.screw.variants.m4x20.id)
        expect(screw.unit_price).toEqual(10)
        expect(screw.metadata?.sales_agreement_line_id).toBeUndefined()
        expect(price(unlinked, catalog.products.bolt.variants.m8.id).unit_price).toEqual(25)
        const more = await add(cart.id, catalog.products.drill.variants.standard.id, 1, buyer.token)
        expect(price(more, catalog.products.drill.variants.standard.id).unit_price).toEqual(150)

        const relinked = (
          await api.post(`/store/carts/${cart.id}/sales-agreement`, { sales_agreement_id: agreement.id }, headers(buyer.token))
        ).data.cart
        expect(relinked.metadata.sales_agreement_id).toEqual(agreement.id)
        expect(price(relinked, catalog.products.screw.variants.m4x20.id).unit_price).toEqual(8.5)
        expect(price(relinked, catalog.products.drill.variants.standard.id).unit_price).toEqual(147)
      })

      it("should refuse another customer's agreement, a guest, and bad input", async () => {
        const cart = await newCart(other.token)
        const error = await expectError(
          api.post(`/store/carts/${cart.id}/sales-agreement`, { sales_agreement_id: agreement.id }, headers(other.token)),
          404
        )
        expect(error.message).toContain(agreement.id)
        await expectError(api.post(`/store/carts/${cart.id}/sales-agreement`, { sales_agreement_id: agreement.id }, headers()), 401)
        const bad = await expectError(
          api.post(`/store/carts/${cart.id}/sales-agreement`, { sales_agreement_id: agreement.id, requested_ship_date: "soon" }, headers(other.token)),
          400
        )
        expect(bad.message).toContain("requested_ship_date")
        const buyerCart = await newCart(buyer.token)
        const notOwned = await expectError(
          api.post(`/store/carts/${buyerCart.id}/sales-agreement`, { sales_agreement_id: agreement.id }, headers(other.token)),
          400
        )
        expect(notOwned.code).toEqual("SALES_AGREEMENT_CART_NOT_OWNED")
      })

      it("should refuse a requested ship date outside the validity", async () => {
        const cart = await newCart(buyer.token)
        const error = await expectError(
          api.post(
            `/store/carts/${cart.id}/sales-agreement`,
            { sales_agreement_id: agreement.id, requested_ship_date: "2100-06-01T00:00:00Z" },
            headers(buyer.token)
          ),
          400
        )
        expect(error.message).toContain("outside_validity")
      })
    })

    describe("GET /store/sales-agreements", () => {
      it("should list the customer's own effective agreements with remaining balances", async () => {
        const mine = (await api.get("/store/sales-agreements", headers(buyer.token))).data
        expect(mine.sales_agreements.map((a: any) => a.id)).toEqual([agreement.id])
        expect(mine.sales_agreements[0].lines[0]).toEqual(
          expect.objectContaining({ committed_quantity: "10", remaining_quantity: "10", unit_price: "8.5" })
        )
        expect(mine.sales_agreements[0].lines[3]).toEqual(expect.objectContaining({ committed_amount: "100000", remaining_amount: "100000" }))
        expect((await api.get("/store/sales-agreements", headers(other.token))).data.sales_agreements).toEqual([])
        expect((await api.get("/store/sales-agreements", headers())).data.sales_agreements).toEqual([])
      })

      it("should show one agreement to its customer only", async () => {
        const one = (await api.get(`/store/sales-agreements/${agreement.id}`, headers(buyer.token))).data
        expect(one.sales_agreement.number).toEqual(agreement.number)
        await expectError(api.get(`/store/sales-agreements/${agreement.id}`, headers(other.token)), 404)
        await expectError(api.get(`/store/sales-agreements/${agreement.id}`, headers()), 404)
      })
    })

    describe("POST /store/sales-agreements/price-preview", () => {
      it("should preview contract prices, commitments and remaining balances without a cart", async () => {
        const { data } = await api.post(
          "/store/sales-agreements/price-preview",
          {
            region_id: store.region.id,
            items: [
              { variant_id: catalog.products.screw.variants.m4x20.id, quantity: 6 },
              { variant_id: catalog.products.screw.variants.m4x20.id, quantity: 6 },
              { variant_id: catalog.products.bolt.variants.m8.id, quantity: 2 },
            ],
          },
          headers(buyer.token)
        )
        expect(data.sales_agreement_id).toEqual(agreement.id)
        expect(data.items[0]).toEqual(
          expect.objectContaining({ trade_unit_price: "10", agreement_unit_price: "8.5", unit_price: "8.5", linked: true, remaining_before: "10", remaining_after: "4" })
        )
        // the second 6 do not fit the 4 left: max enforced → the category commitment instead, with the reason
        expect(data.items[1]).toEqual(expect.objectContaining({ unit_price: "9.5", linked: true }))
        expect(data.items[1].commitment.line_number).toEqual(3)
        expect(data.items[2]).toEqual(
          expect.objectContaining({ unit_price: "22.5", remaining_before: "1000", remaining_after: "955" })
        )
      })

      it("should give guests trade prices and validate input", async () => {
        const { data } = await api.post(
          "/store/sales-agreements/price-preview",
          { currency_code: "eur", items: [{ variant_id: catalog.products.bolt.variants.m8.id, quantity: 1 }] },
          headers()
        )
        expect(data.items[0]).toEqual(expect.objectContaining({ unit_price: "25", linked: false, agreement_unit_price: null }))
        const error = await expectError(
          api.post("/store/sales-agreements/price-preview", { items: [{ variant_id: "x", quantity: 0 }] }, headers(buyer.token)),
          400
        )
        expect(error.message).toMatch(/quantity|currency_code/)
        const unknown = await expectError(
          api.post("/store/sales-agreements/price-preview", { currency_code: "eur", items: [{ variant_id: "variant_nope", quantity: 1 }] }, headers(buyer.token)),
          404
        )
        expect(unknown.message).toContain("variant_nope")
      })
    })

    describe("agreement status", () => {
      it("should stop applying an agreement put on hold, and refuse checkout at stale contract prices", async () => {
        const cart = await newCart(buyer.token)
        await add(cart.id, catalog.products.bolt.variants.m8.id, 1, buyer.token)
        await api.post(`/admin/sales-agreements/${agreement.id}/status`, { status: "on_hold" }, { headers: adminHeaders })
        try {
          const error = await expectError(api.post(`/store/carts/${cart.id}/complete`, {}, headers(buyer.token)), 400)
          expect(error.code).toEqual("SALES_AGREEMENT_PRICE_CHANGED")
          expect(error.message).toContain("on_hold")
          const fresh = await newCart(buyer.token)
          const added = await add(fresh.id, catalog.products.bolt.variants.m8.id, 1, buyer.token)
          expect(price(added, catalog.products.bolt.variants.m8.id).unit_price).toEqual(25)
        } finally {
          await api.post(`/admin/sales-agreements/${agreement.id}/status`, { status: "effective" }, { headers: adminHeaders })
        }
      })
    })
  },
})
