import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser } from "../utils/admin"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext, StoreContext } from "../utils/store"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    // Created once: the runner snapshots the database after beforeAll and
    // restores that snapshot before every test.
    let adminHeaders: { authorization: string }
    let store: StoreContext
    let catalog: SeededCatalog
    let customerToken: string
    let customerId: string

    beforeAll(async () => {
      const container = getContainer()
      adminHeaders = (await createAdminUser(container)).headers
      store = await createStoreContext(container, { currency: "eur" })
      catalog = await seedCatalog(container, {
        salesChannelId: store.salesChannel.id,
        currencies: ["eur", "usd"],
      })
      const { customer, token } = await createCustomer(container, { email: "buyer@medusa-test.local" })
      customerToken = token
      customerId = customer.id
    })

    describe("GET /admin/users/me", () => {
      it("should return the admin user with the bearer token", async () => {
        const response = await api.get("/admin/users/me", { headers: adminHeaders })

        expect(response.status).toEqual(200)
        expect(response.data.user.email).toEqual("admin@medusa-test.local")
      })

      it("should answer 401 without a token", async () => {
        const error = await api.get("/admin/users/me").catch((e) => e)

        expect(error.response.status).toEqual(401)
      })
    })

    describe("POST /auth/user/emailpass", () => {
      it("should log the admin in with the password", async () => {
        const response = await api.post("/auth/user/emailpass", {
          email: "admin@medusa-test.local",
          password: "supersecret",
        })

        expect(response.status).toEqual(200)
        expect(response.data.token).toEqual(expect.any(String))
      })
    })

    describe("GET /store/products", () => {
      it("should list the seeded products with prices for the region", async () => {
        const response = await api.get(
          `/store/products?region_id=${store.region.id}&fields=id,*categories,*variants.calculated_price`,
          { headers: store.storeHeaders() }
        )

        expect(response.status).toEqual(200)
        expect(response.data.products.map((p) => p.id).sort()).toEqual(
          [catalog.products.screw.id, catalog.products.bolt.id, catalog.products.drill.id].sort()
        )
        const screw = response.data.products.find((p) => p.id === catalog.products.screw.id)
        expect(screw.categories.map((c) => c.id)).toEqual([catalog.categories.screwsId])
        expect(screw.variants).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              id: catalog.products.screw.variants.m4x20.id,
              calculated_price: expect.objectContaining({
                calculated_amount: catalog.products.screw.variants.m4x20.price,
                currency_code: "eur",
              }),
            }),
          ])
        )
      })

      it("should answer 400 without the publishable key", async () => {
        const error = await api.get("/store/products").catch((e) => e)

        expect(error.response.status).toEqual(400)
      })
    })

    describe("GET /store/product-categories", () => {
      it("should return the category tree Hardware > Fasteners > Screws", async () => {
        const response = await api.get(
          `/store/product-categories/${catalog.categories.screwsId}?include_ancestors_tree=true`,
          { headers: store.storeHeaders() }
        )

        expect(response.data.product_category.parent_category.id).toEqual(catalog.categories.fastenersId)
        expect(response.data.product_category.parent_category.parent_category.id).toEqual(
          catalog.categories.hardwareId
        )
      })
    })

    describe("GET /store/customers/me", () => {
      it("should return the customer with the customer token", async () => {
        const response = await api.get("/store/customers/me", {
          headers: store.storeHeaders(customerToken),
        })

        expect(response.status).toEqual(200)
        expect(response.data.customer.id).toEqual(customerId)
      })

      it("should accept a real emailpass login", async () => {
        const login = await api.post("/auth/customer/emailpass", {
          email: "buyer@medusa-test.local",
          password: "supersecret",
        })
        const response = await api.get("/store/customers/me", {
          headers: store.storeHeaders(login.data.token),
        })

        expect(response.data.customer.id).toEqual(customerId)
      })
    })
  },
})
