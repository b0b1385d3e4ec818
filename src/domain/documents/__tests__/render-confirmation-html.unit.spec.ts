import { buildConfirmationView } from "../confirmation-view"
import { renderConfirmationHtml } from "../render-confirmation-html"
import { makeLine, makeSnapshot } from "./fixtures"

const XSS = `<script>alert("x")</script>`

describe("renderConfirmationHtml", () => {
  const render = (snapshot = makeSnapshot(), store_name = "Medusa Store") =>
    renderConfirmationHtml(
      buildConfirmationView(snapshot, {
        store_name,
        customer: { name: "Anna Muller", email: "anna@acme.test", company_name: "Acme GmbH" },
      })
    )

  it("should render a complete standalone HTML5 document", () => {
    const html = render()

    expect(html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain("<title>Sales agreement confirmation SA-000042 – version 3</title>")
    expect(html).toContain("@media print")
    expect(html.trimEnd().endsWith("</html>")).toBe(true)
  })

  it("should not reference scripts or external resources", () => {
    const html = render()

    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i)
    expect(html).not.toMatch(/(src|href)=/i)
    expect(html).not.toMatch(/https?:/i)
  })

  it("should contain the header, customer, terms, dimensions, lines and footer", () => {
    const html = render(
      makeSnapshot({
        lines: [
          makeLine({
            commitment_type: "product_quantity",
            product_variant_id: "variant_1",
            quantity: "1000",
            unit_label: "pcs",
            amount: null,
            unit_price: "8.5",
            discount_percent: "5",
            max_enforced: true,
          }),
        ],
      })
    )

    for (const text of [
      "Medusa Store",
      "SA-000042 — Framework agreement 2025",
      "Acme GmbH",
      "anna@acme.test",
      "30 days net",
      "DAP",
      "2025-01-01 – 2025-12-31",
      "cost_center",
      "CC-100",
      "10115 Berlin",
      "Product quantity",
      "Variant variant_1",
      "1,000 pcs",
      "8.50 EUR per 1 pcs, discount 5 %",
      "<li>Max enforced</li>",
      "Version 3 — confirmed 2025-03-04 09:15 UTC",
    ]) {
      expect(html).toContain(text)
    }
  })

  it.each([
    ["agreement title", { title: XSS }],
    ["agreement number", { number: XSS }],
    ["dimension value", { dimensions: { project: XSS } }],
    ["dimension key", { dimensions: { [XSS]: "x" } }],
    ["payment terms", { payment_terms: XSS }],
    ["shipping address", { shipping_address: { company: XSS } }],
  ])("should escape %s", (_, headerOverrides) => {
    const html = render(makeSnapshot({ header: { ...makeSnapshot().header, ...headerOverrides } }))

    expect(html).not.toContain("<script")
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
  })

  it("should escape line texts, the store name and the customer", () => {
    const snapshot = makeSnapshot({
      lines: [makeLine({ commitment_type: "product_value", product_id: "p", product_title: XSS, unit_label: XSS, dimensions: { a: XSS } })],
    })
    const html = renderConfirmationHtml(
      buildConfirmationView(snapshot, { store_name: XSS, customer: { name: XSS, email: `"><img src=x>`, company_name: "A&B" } })
    )

    expect(html).not.toContain("<script")
    expect(html).not.toContain("<img")
    expect(html).toContain("A&amp;B")
    expect(html).toContain("&quot;&gt;&lt;img src=x&gt;")
  })

  it("should show a placeholder when there are no commitments", () => {
    expect(render(makeSnapshot({ lines: [] }))).toContain("No commitments.")
  })
})
