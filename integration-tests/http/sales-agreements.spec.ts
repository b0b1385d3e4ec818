import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser } from "../utils/admin"
import { seedCatalog, SeededCatalog } from "../utils/seeders"
import { createCustomer, createStoreContext } from "../utils/store"

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

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let headers: { authorization: string }
    let catalog: SeededCatalog
    let customerId: string

    beforeAll(async () => {
      const container = getContainer()
      headers = (await createAdminUser(container)).headers
      const store = await createStoreContext(container, { currency: "eur" })
      catalog = await seedCatalog(container, { salesChannelId: store.salesChannel.id, currencies: ["eur"] })
      customerId = (await createCustomer(container, { email: "buyer@sa-test.local" })).customer.id
    })

    const body = (overrides: Record<string, unknown> = {}) => ({
      customer_id: customerId,
      currency_code: "eur",
      title: "Framework 2026",
      effective_date: "2026-01-01",
      expiration_date: "2026-12-31",
      payment_terms: "Net 30",
      delivery_terms: "DAP",
      dimensions: { cost_center: "CC-100" },
      shipping_address: { first_name: "Ada", address_1: "1 Main St", city: "Berlin", country_code: "de" },
      lines: [
        {
          commitment_type: "product_quantity",
          product_variant_id: catalog.products.screw.variants.m4x20.id,
          quantity: 500,
          unit_label: "pcs",
          unit_price: "8.50",
          max_enforced: true,
        },
        { commitment_type: "product_value", product_id: catalog.products.bolt.id, amount: "5000", discount_percent: 10 },
        {
          commitment_type: "product_category_value",
          product_category_id: catalog.categories.fastenersId,
          amount: "2000.005",
          discount_percent: "5",
        },
        { commitment_type: "value", amount: 10000, discount_percent: 2 },
      ],
      ...overrides,
    })

    const create = async (overrides: Record<string, unknown> = {}) =>
      (await api.post("/admin/sales-agreements", body(overrides), { headers })).data.sales_agreement

    const count = async () => (await api.get("/admin/sales-agreements?limit=1", { headers })).data.count

    describe("POST /admin/sales-agreements", () => {
      it("should create a draft with numbered commitments and exact decimals", async () => {
        const response = await api.post("/admin/sales-agreements", body(), { headers })

        expect(response.status).toEqual(201)
        const sa = response.data.sales_agreement
        expect(sa).toEqual(
          expect.objectContaining({
            number: expect.stringMatching(/^SA-\d{6}$/),
            status: "draft",
            confirmation_status: "unconfirmed",
            current_version: 0,
            customer_id: customerId,
            currency_code: "eur",
            dimensions: { cost_center: "CC-100" },
          })
        )
        expect(new Date(sa.expiration_date).toISOString()).toEqual("2026-12-31T23:59:59.999Z")
        expect(sa.lines.map((l: any) => [l.line_number, l.commitment_type])).toEqual([
          [1, "product_quantity"],
          [2, "product_value"],
          [3, "product_category_value"],
          [4, "value"],
        ])
        expect(sa.lines[0]).toEqual(expect.objectContaining({ quantity: "500", unit_price: "8.5", max_enforced: true }))
        expect(sa.lines[2].amount).toEqual("2000.005")
        expect(sa.lines[0]).not.toHaveProperty("raw_quantity")
      })

      it("should give consecutive agreements distinct numbers and accept a chosen number once", async () => {
        const a = await create()
        const b = await create({ number: "CUSTOM-1" })
        expect(a.number).not.toEqual(b.number)
        expect(b.number).toEqual("CUSTOM-1")
        const error = await expectError(api.post("/admin/sales-agreements", body({ number: "CUSTOM-1" }), { headers }), 400)
        expect(error.message).toContain("number")
        expect(error.code).toEqual("SALES_AGREEMENT_NUMBER_TAKEN")
      })

      it("should answer 401 without authentication", async () => {
        await expectError(api.post("/admin/sales-agreements", body()), 401)
      })

      it.each([
        ["a field of another commitment type", { lines: [{ commitment_type: "product_quantity", product_id: "x", quantity: 1, amount: 5 }] }, "lines.0.amount"],
        ["unit_price on a value line", { lines: [{ commitment_type: "value", amount: 5, unit_price: 3 }] }, "lines.0.unit_price"],
        ["quantity on a category line", { lines: [{ commitment_type: "product_category_value", product_category_id: "c", amount: 5, quantity: 2 }] }, "lines.0.quantity"],
        ["a negative quantity", { lines: [{ commitment_type: "product_quantity", product_id: "p", quantity: -3 }] }, "lines.0.quantity"],
        ["a negative amount", { lines: [{ commitment_type: "value", amount: "-1" }] }, "lines.0.amount"],
        ["a discount over 100 %", { lines: [{ commitment_type: "value", amount: 1, discount_percent: 101 }] }, "lines.0.discount_percent"],
        ["an expiration before the effective date", { effective_date: "2026-06-01", expiration_date: "2026-01-01" }, "expiration_date"],
        ["a line validity outside the header", { lines: [{ commitment_type: "value", amount: 1, expiration_date: "2027-03-01" }] }, "lines.0.expiration_date"],
        ["an unknown commitment type", { lines: [{ commitment_type: "bogus", amount: 1 }] }, "lines, 0, commitment_type"],
        ["an unknown field", { colour: "red" }, "colour"],
        ["a wrong type", { auto_apply: "yes" }, "auto_apply"],
        ["a malformed date", { effective_date: "tomorrow" }, "effective_date"],
        ["a malformed currency", { currency_code: "euro" }, "currency_code"],
        ["an unknown currency", { currency_code: "zzz" }, "currency_code"],
        ["a missing customer", { customer_id: undefined }, "customer_id"],
      ])("should answer 400 naming the field for %s, and write nothing", async (_, overrides, field) => {
        const before = await count()
        const error = await expectError(api.post("/admin/sales-agreements", body(overrides), { headers }), 400)
        expect(error.message).toContain(field)
        expect(await count()).toEqual(before)
      })

      it.each([
        ["customer", () => ({ customer_id: "cus_missing" }), "cus_missing"],
        ["variant", () => ({ lines: [{ commitment_type: "product_quantity", product_variant_id: "variant_missing", quantity: 1 }] }), "variant_missing"],
        ["product", () => ({ lines: [{ commitment_type: "product_value", product_id: "prod_missing", amount: 1 }] }), "prod_missing"],
        ["category", () => ({ lines: [{ commitment_type: "product_category_value", product_category_id: "pcat_missing", amount: 1 }] }), "pcat_missing"],
      ])("should answer 404 naming an unknown %s id, and write nothing", async (_, overrides, id) => {
        const before = await count()
        const error = await expectError(api.post("/admin/sales-agreements", body(overrides()), { headers }), 404)
        expect(error.message).toContain(id)
        expect(error.code).toEqual("SALES_AGREEMENT_REFERENCE_NOT_FOUND")
        expect(await count()).toEqual(before)
      })
    })

    describe("GET /admin/sales-agreements", () => {
      it("should list with count, pagination and filters", async () => {
        const a = await create({ title: "Alpha bolts" })
        await create({ title: "Beta screws" })
        const other = (await createCustomer(getContainer(), { email: "other@sa-test.local" })).customer
        await create({ customer_id: other.id, title: "Other" })
        await api.post(`/admin/sales-agreements/${a.id}/status`, { status: "effective" }, { headers })

        const all = (await api.get("/admin/sales-agreements?limit=2&offset=0", { headers })).data
        expect(all.count).toEqual(3)
        expect(all.sales_agreements).toHaveLength(2)
        expect(all.limit).toEqual(2)

        const mine = (await api.get(`/admin/sales-agreements?customer_id=${customerId}`, { headers })).data
        expect(mine.sales_agreements.map((s: any) => s.title).sort()).toEqual(["Alpha bolts", "Beta screws"])

        const effective = (await api.get("/admin/sales-agreements?status=effective", { headers })).data
        expect(effective.sales_agreements.map((s: any) => s.id)).toEqual([a.id])

        const byTitle = (await api.get("/admin/sales-agreements?q=bolts", { headers })).data
        expect(byTitle.sales_agreements.map((s: any) => s.id)).toEqual([a.id])
        const byNumber = (await api.get(`/admin/sales-agreements?q=${a.number}`, { headers })).data
        expect(byNumber.sales_agreements.map((s: any) => s.id)).toEqual([a.id])

        const fields = (await api.get("/admin/sales-agreements?fields=id,number", { headers })).data
        expect(Object.keys(fields.sales_agreements[0]).sort()).toEqual(["id", "number"])
      })

      it("should answer 400 for an unknown status filter and 401 without auth", async () => {
        const error = await expectError(api.get("/admin/sales-agreements?status=bogus", { headers }), 400)
        expect(error.message).toContain("status")
        await expectError(api.get("/admin/sales-agreements"), 401)
      })
    })

    describe("GET /admin/sales-agreements/:id", () => {
      it("should return the header with its lines", async () => {
        const sa = await create()
        const response = await api.get(`/admin/sales-agreements/${sa.id}`, { headers })
        expect(response.status).toEqual(200)
        expect(response.data.sales_agreement.lines).toHaveLength(4)
        expect(response.data.sales_agreement.display_status).toEqual("draft")
      })

      it("should answer 404 for an unknown id and 401 without auth", async () => {
        const error = await expectError(api.get("/admin/sales-agreements/sagr_missing", { headers }), 404)
        expect(error.message).toContain("sagr_missing")
        await expectError(api.get("/admin/sales-agreements/sagr_missing"), 401)
      })
    })

    describe("POST /admin/sales-agreements/:id", () => {
      it("should update the header and mark a confirmed agreement as modified", async () => {
        const sa = await create()
        await api.post(`/admin/sales-agreements/${sa.id}/confirm`, {}, { headers })
        const response = await api.post(
          `/admin/sales-agreements/${sa.id}`,
          { payment_terms: "Net 45", dimensions: { cost_center: "CC-200", project: "P1" } },
          { headers }
        )
        expect(response.status).toEqual(200)
        expect(response.data.sales_agreement).toEqual(
          expect.objectContaining({
            payment_terms: "Net 45",
            dimensions: { cost_center: "CC-200", project: "P1" },
            confirmation_status: "modified",
            current_version: 1,
          })
        )
      })

      it("should refuse a validity that would leave a line outside, writing nothing", async () => {
        const sa = await create({
          lines: [{ commitment_type: "value", amount: 1, effective_date: "2026-03-01", expiration_date: "2026-11-30" }],
        })
        const error = await expectError(
          api.post(`/admin/sales-agreements/${sa.id}`, { expiration_date: "2026-06-30", title: "changed" }, { headers }),
          400
        )
        expect(error.message).toContain("lines.0.expiration_date")
        const after = (await api.get(`/admin/sales-agreements/${sa.id}`, { headers })).data.sales_agreement
        expect(after.title).toEqual("Framework 2026")
        expect(new Date(after.expiration_date).toISOString()).toEqual("2026-12-31T23:59:59.999Z")
      })

      it("should refuse a currency change once effective, a bad field, an unknown id and no auth", async () => {
        const sa = await create()
        await api.post(`/admin/sales-agreements/${sa.id}/status`, { status: "effective" }, { headers })
        const locked = await expectError(api.post(`/admin/sales-agreements/${sa.id}`, { currency_code: "usd" }, { headers }), 400)
        expect(locked.message).toContain("currency_code")
        const bad = await expectError(api.post(`/admin/sales-agreements/${sa.id}`, { lines: [] }, { headers }), 400)
        expect(bad.message).toContain("lines")
        await expectError(api.post(`/admin/sales-agreements/sagr_missing`, { title: "x" }, { headers }), 404)
        await expectError(api.post(`/admin/sales-agreements/${sa.id}`, { title: "x" }), 401)
      })
    })

    describe("DELETE /admin/sales-agreements/:id", () => {
      it("should delete a draft", async () => {
        const sa = await create()
        const response = await api.delete(`/admin/sales-agreements/${sa.id}`, { headers })
        expect(response.data).toEqual({ id: sa.id, object: "sales_agreement", deleted: true })
        await expectError(api.get(`/admin/sales-agreements/${sa.id}`, { headers }), 404)
      })

      it("should refuse to delete an agreement that is not a draft", async () => {
        const sa = await create()
        await api.post(`/admin/sales-agreements/${sa.id}/status`, { status: "effective" }, { headers })
        const error = await expectError(api.delete(`/admin/sales-agreements/${sa.id}`, { headers }), 400)
        expect(error.code).toEqual("SALES_AGREEMENT_NOT_DRAFT")
        expect((await api.get(`/admin/sales-agreements/${sa.id}`, { headers })).status).toEqual(200)
        await expectError(api.delete(`/admin/sales-agreements/sagr_missing`, { headers }), 404)
        await expectError(api.delete(`/admin/sales-agreements/${sa.id}`), 401)
      })
    })

    describe("POST /admin/sales-agreements/:id/lines", () => {
      it("should add a commitment numbered after the last line", async () => {
        const sa = await create()
        const response = await api.post(
          `/admin/sales-agreements/${sa.id}/lines`,
          { commitment_type: "product_quantity", product_id: catalog.products.screw.id, quantity: "1000", unit_price: "950", price_unit: "100", discount_amount: "0.5" },
          { headers }
        )
        expect(response.status).toEqual(201)
        const line = response.data.sales_agreement.lines.find((l: any) => l.id === response.data.line_id)
        expect(line).toEqual(expect.objectContaining({ line_number: 5, price_unit: "100", unit_price: "950" }))
      })

      it.each([
        [{ commitment_type: "value", amount: 1, product_id: "p" }, "product_id"],
        [{ commitment_type: "product_value", amount: 1 }, "product_variant_id"],
        [{ commitment_type: "product_quantity", product_id: "p", quantity: 1, discount_amount: 1 }, "discount_amount"],
        [{ amount: 1 }, "commitment_type"],
      ])("should answer 400 naming the field (%j) and write nothing", async (line, field) => {
        const sa = await create()
        const error = await expectError(api.post(`/admin/sales-agreements/${sa.id}/lines`, line, { headers }), 400)
        expect(error.message).toContain(field)
        const after = (await api.get(`/admin/sales-agreements/${sa.id}`, { headers })).data.sales_agreement
        expect(after.lines).toHaveLength(4)
      })

      it("should answer 404 for an unknown agreement or product and 401 without auth", async () => {
        const sa = await create()
        await expectError(api.post(`/admin/sales-agreements/sagr_missing/lines`, { commitment_type: "value", amount: 1 }, { headers }), 404)
        const error = await expectError(
          api.post(`/admin/sales-agreements/${sa.id}/lines`, { commitment_type: "product_value", product_id: "prod_nope", amount: 1 }, { headers }),
          404
        )
        expect(error.message).toContain("prod_nope")
        await expectError(api.post(`/admin/sales-agreements/${sa.id}/lines`, { commitment_type: "value", amount: 1 }), 401)
      })
    })

    describe("POST /admin/sales-agreements/:id/lines/:line_id", () => {
      it("should update a commitment and validate it whole", async () => {
        const sa = await create()
        const line = sa.lines[0]
        const response = await api.post(
          `/admin/sales-agreements/${sa.id}/lines/${line.id}`,
          { quantity: "600.5", discount_percent: 3 },
          { headers }
        )
        const updated = response.data.sales_agreement.lines.find((l: any) => l.id === line.id)
        expect(updated).toEqual(expect.objectContaining({ quantity: "600.5", discount_percent: "3", unit_price: "8.5" }))

        const error = await expectError(
          api.post(`/admin/sales-agreements/${sa.id}/lines/${line.id}`, { commitment_type: "value", amount: 1 }, { headers }),
          400
        )
        expect(error.message).toContain("quantity")
        const after = (await api.get(`/admin/sales-agreements/${sa.id}`, { headers })).data.sales_agreement
        expect(after.lines[0].commitment_type).toEqual("product_quantity")
      })

      it("should answer 404 for a line of another agreement, 400 for bad input, 401 without auth", async () => {
        const a = await create()
        const b = await create()
        const error = await expectError(api.post(`/admin/sales-agreements/${a.id}/lines/${b.lines[0].id}`, { quantity: 2 }, { headers }), 404)
        expect(error.message).toContain(b.lines[0].id)
        const bad = await expectError(api.post(`/admin/sales-agreements/${a.id}/lines/${a.lines[0].id}`, { quantity: "abc" }, { headers }), 400)
        expect(bad.message).toContain("quantity")
        await expectError(api.post(`/admin/sales-agreements/${a.id}/lines/${a.lines[0].id}`, { quantity: 2 }), 401)
      })
    })

    describe("DELETE /admin/sales-agreements/:id/lines/:line_id", () => {
      it("should remove a line without ledger entries and never reuse its number", async () => {
        const sa = await create()
        const removed = sa.lines[3]
        const response = await api.delete(`/admin/sales-agreements/${sa.id}/lines/${removed.id}`, { headers })
        expect(response.data).toEqual(expect.objectContaining({ id: removed.id, deleted: true }))
        expect(response.data.parent.lines).toHaveLength(3)
        const added = await api.post(`/admin/sales-agreements/${sa.id}/lines`, { commitment_type: "value", amount: 3 }, { headers })
        expect(added.data.sales_agreement.lines.map((l: any) => l.line_number)).toEqual([1, 2, 3, 5])
      })

      it("should refuse to remove a line with ledger entries, writing nothing", async () => {
        const sa = await create()
        const service: any = getContainer().resolve("salesAgreement")
        await service.createSalesAgreementLedgerEntries({
          sales_agreement_id: sa.id,
          sales_agreement_line_id: sa.lines[0].id,
          kind: "ordered",
          quantity: 1,
          amount: "8.5",
          currency_code: "eur",
          idempotency_key: `test:${sa.lines[0].id}`,
        })
        const error = await expectError(api.delete(`/admin/sales-agreements/${sa.id}/lines/${sa.lines[0].id}`, { headers }), 400)
        expect(error.code).toEqual("SALES_AGREEMENT_LINE_HAS_LEDGER_ENTRIES")
        expect((await api.get(`/admin/sales-agreements/${sa.id}`, { headers })).data.sales_agreement.lines).toHaveLength(4)
        await expectError(api.delete(`/admin/sales-agreements/${sa.id}/lines/sagrl_missing`, { headers }), 404)
        await expectError(api.delete(`/admin/sales-agreements/${sa.id}/lines/${sa.lines[1].id}`), 401)
      })
    })

    describe("POST /admin/sales-agreements/:id/status", () => {
      it("should follow draft → effective ⇄ on_hold → closed", async () => {
        const sa = await create()
        for (const status of ["effective", "on_hold", "effective", "on_hold", "closed"]) {
          const response = await api.post(`/admin/sales-agreements/${sa.id}/status`, { status }, { headers })
          expect(response.data.sales_agreement.status).toEqual(status)
        }
      })

      it.each([
        [[], "on_hold"],
        [[], "closed"],
        [["effective"], "draft"],
        [["effective", "closed"], "effective"],
        [["effective", "closed"], "on_hold"],
        [[], "draft"],
      ])("after %j should refuse to go to %s", async (path, to) => {
        const sa = await create()
        for (const status of path) {
          await api.post(`/admin/sales-agreements/${sa.id}/status`, { status }, { headers })
        }
        const before = (await api.get(`/admin/sales-agreements/${sa.id}`, { headers })).data.sales_agreement.status
        const error = await expectError(api.post(`/admin/sales-agreements/${sa.id}/status`, { status: to }, { headers }), 400)
        expect(error.code).toEqual("SALES_AGREEMENT_TRANSITION_NOT_ALLOWED")
        expect(error.message).toContain(`to ${to}`)
        expect((await api.get(`/admin/sales-agreements/${sa.id}`, { headers })).data.sales_agreement.status).toEqual(before)
      })

      it("should refuse an unknown status, an unknown id and no auth", async () => {
        const sa = await create()
        const error = await expectError(api.post(`/admin/sales-agreements/${sa.id}/status`, { status: "expired" }, { headers }), 400)
        expect(error.message).toContain("status")
        await expectError(api.post(`/admin/sales-agreements/sagr_missing/status`, { status: "effective" }, { headers }), 404)
        await expectError(api.post(`/admin/sales-agreements/${sa.id}/status`, { status: "effective" }), 401)
      })

      it("should refuse any change to a closed agreement", async () => {
        const sa = await create()
        await api.post(`/admin/sales-agreements/${sa.id}/status`, { status: "effective" }, { headers })
        await api.post(`/admin/sales-agreements/${sa.id}/status`, { status: "closed" }, { headers })
        const error = await expectError(api.post(`/admin/sales-agreements/${sa.id}`, { title: "reopen" }, { headers }), 400)
        expect(error.code).toEqual("SALES_AGREEMENT_CLOSED")
        await expectError(api.post(`/admin/sales-agreements/${sa.id}/lines`, { commitment_type: "value", amount: 1 }, { headers }), 400)
      })
    })

    describe("POST /admin/sales-agreements/:id/confirm and versions", () => {
      it("should store immutable versions, list them, read them and diff them", async () => {
        const sa = await create()
        const v1 = await api.post(`/admin/sales-agreements/${sa.id}/confirm`, {}, { headers })
        expect(v1.status).toEqual(201)
        expect(v1.data.version).toEqual(expect.objectContaining({ version: 1, confirmed_by: expect.any(String) }))
        expect(v1.data.version.snapshot.lines).toHaveLength(4)

        await api.post(`/admin/sales-agreements/${sa.id}`, { payment_terms: "Net 60" }, { headers })
        await api.post(`/admin/sales-agreements/${sa.id}/lines/${sa.lines[0].id}`, { unit_price: "8.25" }, { headers })
        await api.delete(`/admin/sales-agreements/${sa.id}/lines/${sa.lines[3].id}`, { headers })
        await api.post(`/admin/sales-agreements/${sa.id}/lines`, { commitment_type: "value", amount: 50 }, { headers })

        const stale = await api.get(`/admin/sales-agreements/${sa.id}/versions/1`, { headers })
        expect(stale.data.version.snapshot.header.payment_terms).toEqual("Net 30")
        expect(stale.data.version.snapshot.lines[0].unit_price).toEqual("8.5")

        const v2 = await api.post(`/admin/sales-agreements/${sa.id}/confirm`, {}, { headers })
        expect(v2.data.version.version).toEqual(2)

        const list = (await api.get(`/admin/sales-agreements/${sa.id}/versions`, { headers })).data
        expect(list.versions.map((v: any) => v.version)).toEqual([2, 1])
        expect(list.versions[0]).not.toHaveProperty("snapshot")
        expect(list).toEqual(expect.objectContaining({ current_version: 2, confirmation_status: "confirmed", count: 2 }))

        const diff = (await api.get(`/admin/sales-agreements/${sa.id}/versions/2?compare_to=1`, { headers })).data.diff
        expect(diff.header).toEqual([{ field: "payment_terms", from: "Net 30", to: "Net 60" }])
        expect(diff.lines.removed.map((l: any) => l.id)).toEqual([sa.lines[3].id])
        expect(diff.lines.added.map((l: any) => l.line_number)).toEqual([5])
        expect(diff.lines.changed).toEqual([
          { id: sa.lines[0].id, line_number: 1, changes: [{ field: "unit_price", from: "8.5", to: "8.25" }] },
        ])
      })

      it("should answer 404 for unknown agreements or versions and 400 for a bad version", async () => {
        const sa = await create()
        await expectError(api.post(`/admin/sales-agreements/sagr_missing/confirm`, {}, { headers }), 404)
        const error = await expectError(api.get(`/admin/sales-agreements/${sa.id}/versions/3`, { headers }), 404)
        expect(error.code).toEqual("SALES_AGREEMENT_VERSION_NOT_FOUND")
        await expectError(api.get(`/admin/sales-agreements/sagr_missing/versions`, { headers }), 404)
        await api.post(`/admin/sales-agreements/${sa.id}/confirm`, {}, { headers })
        await expectError(api.get(`/admin/sales-agreements/${sa.id}/versions/1?compare_to=7`, { headers }), 404)
        const bad = await expectError(api.get(`/admin/sales-agreements/${sa.id}/versions/1?compare_to=zero`, { headers }), 400)
        expect(bad.message).toContain("compare_to")
        await expectError(api.post(`/admin/sales-agreements/${sa.id}/confirm`, { note: 1 }, { headers }), 400)
        await expectError(api.post(`/admin/sales-agreements/${sa.id}/confirm`, {}), 401)
        await expectError(api.get(`/admin/sales-agreements/${sa.id}/versions`), 401)
      })
    })

    describe("GET /admin/sales-agreements/:id/versions/:version/document", () => {
      it("should render the confirmation as HTML and as PDF", async () => {
        const sa = await create({ title: "<b>Bolts</b> & more" })
        await api.post(`/admin/sales-agreements/${sa.id}/confirm`, {}, { headers })

        const html = await api.get(`/admin/sales-agreements/${sa.id}/versions/1/document`, { headers })
        expect(html.headers["content-type"]).toContain("text/html")
        expect(html.data).toContain(sa.number)
        expect(html.data).toContain("&lt;b&gt;Bolts&lt;/b&gt; &amp; more")
        expect(html.data).toContain("8.50")

        const pdf = await api.get(`/admin/sales-agreements/${sa.id}/versions/1/document?format=pdf`, {
          headers,
          responseType: "arraybuffer",
        })
        expect(pdf.headers["content-type"]).toEqual("application/pdf")
        const bytes = Buffer.from(pdf.data)
        expect(bytes.subarray(0, 5).toString()).toEqual("%PDF-")
        expect(bytes.toString("latin1")).toContain(sa.number)

        const error = await expectError(api.get(`/admin/sales-agreements/${sa.id}/versions/1/document?format=docx`, { headers }), 400)
        expect(error.message).toContain("format")
        await expectError(api.get(`/admin/sales-agreements/${sa.id}/versions/2/document`, { headers }), 404)
        await expectError(api.get(`/admin/sales-agreements/${sa.id}/versions/1/document`), 401)
      })
    })
  },
})
