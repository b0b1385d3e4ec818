import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSalesAgreementWorkflow, updateSalesAgreementStatusWorkflow } from "../../src/workflows"
import { createAdminUser } from "../utils/admin"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext, StoreContext } from "../utils/store"

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

const blockBigOrders = {
  name: "block-big-orders",
  priority: 50,
  conditions: { all: [{ fact: "line_quantity", operator: "decimalGreaterThan", value: "100" }] },
  event: { type: "block.big_order", params: { message: "Orders over 100 pieces ({{line_quantity}} asked) go through your sales rep" } },
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: { authorization: string }
    let store: StoreContext
    let catalog: SeededCatalog
    let buyer: { id: string; token: string }
    let agreement: any

    beforeAll(async () => {
      const container = getContainer()
      headers = (await createAdminUser(container)).headers
      store = await createStoreContext(container, { currency: "eur" })
      catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, currencies: ["eur"] })
      const b = await createCustomer(container, { email: "buyer@policies.test" })
      buyer = { id: b.customer.id, token: b.token }
      const { result } = await createSalesAgreementWorkflow(container).run({
        input: {
          customer_id: buyer.id,
          currency_code: "eur",
          effective_date: "2020-01-01T00:00:00Z",
          expiration_date: "2099-12-31T23:59:59Z",
          lines: [
            { commitment_type: "product_quantity", product_variant_id: catalog.products.screw.variants.m4x20.id, quantity: 500, unit_price: "8", max_enforced: true, min_release_amount: "40" },
            { commitment_type: "value", amount: "100000", discount_percent: "2" },
          ],
        },
      })
      await updateSalesAgreementStatusWorkflow(container).run({ input: { id: result.id, status: "effective" } })
      agreement = result
    })

    const storeHeaders = () => ({ headers: store.storeHeaders(buyer.token) })
    const cartWith = async (quantity: number) => {
      const cart = (await api.post("/store/carts", { region_id: store.region.id }, storeHeaders())).data.cart
      return api.post(`/store/carts/${cart.id}/line-items`, { variant_id: catalog.products.screw.variants.m4x20.id, quantity }, storeHeaders())
    }

    describe("POST /admin/sales-agreement-policies", () => {
      it("should store a valid global rule that then blocks matching lines with its message", async () => {
        const created = await api.post("/admin/sales-agreement-policies", blockBigOrders, { headers })
        expect(created.status).toEqual(201)
        expect(created.data.policy).toEqual(expect.objectContaining({ name: "block-big-orders", sales_agreement_id: null, enabled: true }))

        const list = (await api.get("/admin/sales-agreement-policies?scope=global", { headers })).data
        expect(list.policies.map((p: any) => p.name)).toEqual(["block-big-orders"])
        expect(list.defaults.map((d: any) => d.name)).toContain("max-enforced-exceeded")

        const error = await expectError(cartWith(150), 400)
        expect(error.code).toEqual("SALES_AGREEMENT_POLICY_BLOCKED")
        expect(error.message).toEqual("Orders over 100 pieces (150 asked) go through your sales rep")
        expect((await cartWith(5)).data.cart.items[0].unit_price).toEqual(8)
      })

      it.each([
        [{ ...blockBigOrders, conditions: { all: [{ fact: "line_quantiy", operator: "equal", value: 1 }] } }, "conditions.all.0.fact"],
        [{ ...blockBigOrders, conditions: { all: [{ fact: "line_quantity", operator: "roughly", value: 1 }] } }, "conditions.all.0.operator"],
        [{ ...blockBigOrders, event: { type: "explode.now", params: { message: "x" } } }, "event.type"],
        [{ ...blockBigOrders, name: "Not A Slug" }, "name"],
        [{ ...blockBigOrders, priority: 0 }, "priority"],
        [{ ...blockBigOrders, colour: "red" }, "colour"],
        [{ ...blockBigOrders, conditions: "all" }, "conditions"],
      ])("should answer 400 naming the problem (%#) and store nothing", async (rule, field) => {
        const error = await expectError(api.post("/admin/sales-agreement-policies", rule, { headers }), 400)
        expect(error.message).toContain(field)
        expect((await api.get("/admin/sales-agreement-policies", { headers })).data.count).toEqual(0)
      })

      it("should refuse a duplicate name in the same scope, an unknown agreement and no auth", async () => {
        await api.post("/admin/sales-agreement-policies", blockBigOrders, { headers })
        const dup = await expectError(api.post("/admin/sales-agreement-policies", blockBigOrders, { headers }), 400)
        expect(dup.code).toEqual("SALES_AGREEMENT_POLICY_NAME_TAKEN")
        const per = await api.post("/admin/sales-agreement-policies", { ...blockBigOrders, sales_agreement_id: agreement.id }, { headers })
        expect(per.status).toEqual(201)
        await expectError(api.post("/admin/sales-agreement-policies", { ...blockBigOrders, sales_agreement_id: "sagr_nope" }, { headers }), 404)
        await expectError(api.post("/admin/sales-agreement-policies", blockBigOrders), 401)
        await expectError(api.get("/admin/sales-agreement-policies"), 401)
      })
    })

    describe("per-agreement rules", () => {
      it("should replace a default rule for one agreement and be part of its confirmed versions", async () => {
        await api.post(`/admin/sales-agreements/${agreement.id}/confirm`, {}, { headers })
        const blockOverMax = {
          sales_agreement_id: agreement.id,
          name: "max-enforced-exceeded",
          priority: 10,
          conditions: { all: [{ fact: "max_enforced", operator: "equal", value: true }, { fact: "exceeds_max", operator: "equal", value: true }] },
          event: { type: "block.max_enforced_exceeded", params: { message: "Only {{remaining_balance}} left on line {{commitment_line_number}}" } },
        }
        await api.post("/admin/sales-agreement-policies", blockOverMax, { headers })
        const sa = (await api.get(`/admin/sales-agreements/${agreement.id}`, { headers })).data.sales_agreement
        expect(sa.confirmation_status).toEqual("modified")

        const error = await expectError(cartWith(501), 400)
        expect(error.message).toEqual("Only 500 left on line 1")

        await api.post(`/admin/sales-agreements/${agreement.id}/confirm`, {}, { headers })
        const diff = (await api.get(`/admin/sales-agreements/${agreement.id}/versions/2?compare_to=1`, { headers })).data.diff
        expect(diff.policies).toHaveLength(1)
        const v2 = (await api.get(`/admin/sales-agreements/${agreement.id}/versions/2`, { headers })).data.version
        expect(v2.snapshot.policies.map((p: any) => p.name)).toEqual(["max-enforced-exceeded"])
      })

      it("should warn on the line below the minimum release amount", async () => {
        const { data } = await cartWith(2)
        const item = data.cart.items[0]
        expect(item.unit_price).toEqual(8)
        expect(item.metadata.sales_agreement_warnings).toEqual([
          expect.objectContaining({ code: "below_min_release_amount" }),
        ])
      })
    })

    describe("POST/DELETE /admin/sales-agreement-policies/:id", () => {
      it("should disable, validate updates whole, and delete", async () => {
        const { policy } = (await api.post("/admin/sales-agreement-policies", blockBigOrders, { headers })).data
        const disabled = await api.post(`/admin/sales-agreement-policies/${policy.id}`, { enabled: false }, { headers })
        expect(disabled.data.policy.enabled).toEqual(false)
        expect((await cartWith(150)).status).toEqual(200)

        const bad = await expectError(
          api.post(`/admin/sales-agreement-policies/${policy.id}`, { event: { type: "block.x" } }, { headers }),
          400
        )
        expect(bad.message).toContain("event.params")

        const deleted = await api.delete(`/admin/sales-agreement-policies/${policy.id}`, { headers })
        expect(deleted.data).toEqual({ id: policy.id, object: "sales_agreement_policy", deleted: true })
        await expectError(api.delete(`/admin/sales-agreement-policies/${policy.id}`, { headers }), 404)
        await expectError(api.post(`/admin/sales-agreement-policies/sapol_nope`, { enabled: true }, { headers }), 404)
      })
    })
  },
})
