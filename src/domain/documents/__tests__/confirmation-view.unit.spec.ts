import { buildConfirmationView } from "../confirmation-view"
import { makeLine, makeSnapshot } from "./fixtures"

describe("buildConfirmationView", () => {
  describe("header", () => {
    it("should build the header blocks from the snapshot", () => {
      const view = buildConfirmationView(makeSnapshot(), {
        store_name: "Medusa Store",
        customer: { name: "Anna Muller", email: "anna@acme.test", company_name: "Acme GmbH" },
      })

      expect(view).toMatchObject({
        title: "Sales agreement confirmation",
        store_name: "Medusa Store",
        number: "SA-000042",
        agreement_title: "Framework agreement 2025",
        version: 3,
        confirmed_at: "2025-03-04 09:15 UTC",
        confirmed_at_iso: "2025-03-04T09:15:00.000Z",
        currency_code: "EUR",
        status: "effective",
        status_label: "Effective",
        payment_terms: "30 days net",
        delivery_terms: "DAP",
        auto_apply: true,
        validity: {
          effective_date: "2025-01-01",
          expiration_date: "2025-12-31",
          text: "2025-01-01 – 2025-12-31",
        },
        customer: {
          name: "Anna Muller",
          email: "anna@acme.test",
          company_name: "Acme GmbH",
          customer_id: "cus_01",
          lines: ["Acme GmbH", "Anna Muller", "anna@acme.test", "Customer ID: cus_01"],
        },
        shipping_address_lines: [
          "Anna Muller",
          "Acme GmbH",
          "Hauptstrasse 1",
          "10115 Berlin",
          "DE",
          "Phone: +49 30 123456",
        ],
        dimensions: [
          { label: "cost_center", value: "CC-100" },
          { label: "project", value: "Tower" },
        ],
        footer: "Version 3 — confirmed 2025-03-04 09:15 UTC",
      })
      expect(view.summary).toEqual([
        { label: "Agreement number", value: "SA-000042" },
        { label: "Version", value: "3" },
        { label: "Confirmed", value: "2025-03-04 09:15 UTC" },
        { label: "Status", value: "Effective" },
        { label: "Currency", value: "EUR" },
        { label: "Validity", value: "2025-01-01 – 2025-12-31" },
        { label: "Payment terms", value: "30 days net" },
        { label: "Delivery terms", value: "DAP" },
      ])
    })

    it("should tolerate a header with missing optional fields", () => {
      const view = buildConfirmationView(
        makeSnapshot({
          header: { number: "SA-1", currency_code: "usd", status: "on_hold", dimensions: null, shipping_address: null },
          lines: [],
        })
      )

      expect(view).toMatchObject({
        number: "SA-1",
        currency_code: "USD",
        status_label: "On hold",
        store_name: null,
        agreement_title: null,
        payment_terms: null,
        auto_apply: null,
        shipping_address_lines: [],
        dimensions: [],
        lines: [],
        customer: { customer_id: null, lines: [] },
        validity: { effective_date: null, expiration_date: null, text: "" },
      })
      expect(view.summary.map((f) => f.label)).toEqual(["Agreement number", "Version", "Confirmed", "Status", "Currency"])
    })

    it("should stringify non-string dimension values", () => {
      const view = buildConfirmationView(
        makeSnapshot({ header: { ...makeSnapshot().header, dimensions: { year: 2025, billable: true, tags: ["a", "b"], empty: null } } })
      )

      expect(view.dimensions).toEqual([
        { label: "year", value: "2025" },
        { label: "billable", value: "true" },
        { label: "tags", value: '["a","b"]' },
        { label: "empty", value: "" },
      ])
    })
  })

  describe("lines", () => {
    it.each([
      {
        name: "product quantity on a variant with unit price and discounts",
        line: {
          commitment_type: "product_quantity",
          product_variant_id: "variant_1",
          quantity: "1000",
          unit_label: "pcs",
          amount: null,
          unit_price: "8.5",
          price_unit: "1",
          discount_percent: "5",
          discount_amount: "0.5",
        },
        expected: {
          type_label: "Product quantity",
          target: "Variant variant_1",
          target_id: "variant_1",
          committed: "1,000 pcs",
          price_terms: "8.50 EUR per 1 pcs, discount 5 %, discount amount 0.50",
        },
      },
      {
        name: "product quantity on a product with display labels and price unit",
        line: {
          commitment_type: "product_quantity",
          product_id: "prod_1",
          product_title: "Steel bolt",
          quantity: 250.5,
          unit_label: "kg",
          amount: null,
          unit_price: "120",
          price_unit: 100,
        },
        expected: {
          type_label: "Product quantity",
          target: "Steel bolt (all variants)",
          target_id: "prod_1",
          committed: "250.5 kg",
          price_terms: "120.00 EUR per 100 kg",
        },
      },
      {
        name: "product quantity with variant labels and SKU, without unit label or price",
        line: {
          commitment_type: "product_quantity",
          product_variant_id: "variant_2",
          product_title: "T-shirt",
          variant_title: "L / Black",
          variant_sku: "TS-L-BLK",
          quantity: "12",
          amount: null,
          discount_percent: "2.5",
        },
        expected: {
          target: "T-shirt / L / Black (SKU TS-L-BLK)",
          committed: "12",
          price_terms: "discount 2.5 %",
        },
      },
      {
        name: "product value",
        line: { commitment_type: "product_value", product_id: "prod_9", amount: "50000", discount_percent: "10" },
        expected: {
          type_label: "Product value",
          target: "Product prod_9 (all variants)",
          committed: "50,000.00 EUR",
          price_terms: "discount 10 %",
        },
      },
      {
        name: "product category value with category name",
        line: {
          commitment_type: "product_category_value",
          product_category_id: "pcat_1",
          category_name: "Fasteners",
          amount: "0.123456",
        },
        expected: {
          type_label: "Product category value",
          target: "Category Fasteners (incl. subcategories)",
          target_id: "pcat_1",
          committed: "0.123456 EUR",
          price_terms: "Trade price",
        },
      },
      {
        name: "product category value without category name",
        line: { commitment_type: "product_category_value", product_category_id: "pcat_2", amount: 1234567.5 },
        expected: { target: "Category pcat_2 (incl. subcategories)", committed: "1,234,567.50 EUR" },
      },
      {
        name: "value",
        line: { commitment_type: "value", amount: "10000", discount_percent: "0" },
        expected: {
          type_label: "Value",
          target: "Any product",
          target_id: null,
          committed: "10,000.00 EUR",
          price_terms: "Trade price",
        },
      },
      {
        name: "value without amount",
        line: { commitment_type: "value", amount: null },
        expected: { committed: "—" },
      },
    ])("should present a $name line", ({ line, expected }) => {
      const view = buildConfirmationView(makeSnapshot({ lines: [makeLine(line)] }))

      expect(view.lines).toHaveLength(1)
      expect(view.lines[0]).toMatchObject({ id: "sagrl_1", line_number: 1, ...expected })
    })

    it.each([
      [{}, []],
      [{ max_enforced: true }, ["Max enforced"]],
      [{ price_fixed: true }, ["Price fixed"]],
      [
        { max_enforced: true, price_fixed: true, min_release_amount: "100", max_release_amount: "2500.5" },
        ["Max enforced", "Price fixed", "Min. release amount 100.00 EUR", "Max. release amount 2,500.50 EUR"],
      ],
      [{ min_release_amount: 0 }, ["Min. release amount 0.00 EUR"]],
    ])("should list policies %p as %p", (policies, expected) => {
      const view = buildConfirmationView(makeSnapshot({ lines: [makeLine(policies)] }))

      expect(view.lines[0].policies).toEqual(expected)
    })

    it.each([
      [{}, null],
      [{ effective_date: "2025-02-01T00:00:00.000Z", expiration_date: "2025-06-30T00:00:00.000Z" }, "2025-02-01 – 2025-06-30"],
      [{ effective_date: "2025-02-01" }, "from 2025-02-01"],
      [{ expiration_date: new Date("2025-06-30T00:00:00Z") }, "until 2025-06-30"],
    ])("should show the line's own validity %p as %p", (dates, expected) => {
      const view = buildConfirmationView(makeSnapshot({ lines: [makeLine(dates)] }))

      expect(view.lines[0].validity).toBe(expected)
    })

    it("should sort lines by line number and keep line dimensions", () => {
      const view = buildConfirmationView(
        makeSnapshot({
          lines: [
            makeLine({ id: "b", line_number: 2 }),
            makeLine({ id: "a", line_number: 1, dimensions: { department: "R&D" } }),
          ],
        })
      )

      expect(view.lines.map((l) => l.id)).toEqual(["a", "b"])
      expect(view.lines[0].dimensions).toEqual([{ label: "department", value: "R&D" }])
      expect(view.lines[1].dimensions).toEqual([])
    })

    it("should never go through binary floats for money", () => {
      const view = buildConfirmationView(
        makeSnapshot({ lines: [makeLine({ amount: "0.30000000000000000001", min_release_amount: "99999999999999999.99" })] })
      )

      expect(view.lines[0].committed).toBe("0.30000000000000000001 EUR")
      expect(view.lines[0].policies).toEqual(["Min. release amount 99,999,999,999,999,999.99 EUR"])
    })
  })
})
