import { buildPurchaseOrderView } from "../purchase-order-view"
import { renderPurchaseOrderHtml } from "../render-purchase-order-html"
import { renderPurchaseOrderPdf } from "../render-purchase-order-pdf"
import { formatAddressLines } from "../address"
import { makeLine, makePurchaseOrder, vendor } from "./fixtures"

/** Text shown by the TJ operators of an uncompressed PDF, decoded as WinAnsi/Latin-1. */
function shownTexts(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ/g)].map(([, array]) =>
    [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex, "hex").toString("latin1")).join("")
  )
}

describe("formatAddressLines", () => {
  it.each<[string, unknown, string[]]>([
    ["nothing", null, []],
    ["an array", [], []],
    [
      "a full address",
      { company: "Acme", first_name: "Anna", last_name: "Muller", address_1: "1 Main St", postal_code: "10115", city: "Berlin", country_code: "de", phone: "123" },
      ["Acme", "Anna Muller", "1 Main St", "10115 Berlin", "DE", "Phone: 123"],
    ],
    ["blank parts", { address_1: "  ", city: "Paris", country_code: "" }, ["Paris"]],
  ])("should format %s", (_, address, expected) => {
    expect(formatAddressLines(address as any)).toEqual(expected)
  })
})

describe("buildPurchaseOrderView", () => {
  it("should compute exact line totals and the total", () => {
    const view = buildPurchaseOrderView(makePurchaseOrder(), vendor, { store_name: "Medusa Store" })
    expect(view.lines.map((l) => [l.sku, l.quantity, l.unit_cost, l.line_total, l.due_date])).toEqual([
      ["V-100", "4", "12.50 EUR", "50.00 EUR", "2026-03-10"],
      ["V-200", "3", "0.10 EUR", "0.30 EUR", "2026-03-12"],
    ])
    expect(view.total).toBe("50.30 EUR")
    expect(view.vendor_lines).toEqual(["Bois & Fils", "5 rue du Bois", "44000 Nantes", "FR", "orders@bois.test", "Phone: +33 1 23"])
    expect(view.ship_to_lines).toEqual(["Our warehouse", "1 Dock Road", "69001 Lyon", "FR"])
    expect(view.summary).toEqual(expect.arrayContaining([{ label: "Status", value: "Draft" }, { label: "Due date", value: "2026-03-10" }]))
    expect(view.notice).toBeNull()
  })

  it.each<[string, Parameters<typeof makePurchaseOrder>[0], Partial<ReturnType<typeof buildPurchaseOrderView>>]>([
    ["a line without cost", { lines: [makeLine({ unit_cost: null })] }, { total: null }],
    ["no lines", { lines: [] }, { total: null, lines: [] }],
    ["a raw big number cost", { lines: [makeLine({ unit_cost: { value: "1.005", precision: 20 }, quantity: 3 })] }, { total: "3.015 EUR" }],
    ["a drop shipment", { kind: "drop_shipment" }, { ship_to_heading: "Ship to (customer)", kind_label: "Drop shipment" }],
    ["a special order without ship-to", { ship_to: null }, { ship_to_lines: ["2 Depot St", "FR"] }],
    ["a canceled PO", { status: "canceled", canceled_at: "2026-03-02T10:00:00Z" }, { notice: "This purchase order was canceled on 2026-03-02 10:00 UTC. Do not ship it.", status_label: "Canceled" }],
  ])("should handle %s", (_, overrides, expected) => {
    const view = buildPurchaseOrderView(makePurchaseOrder(overrides), vendor, { fallback_ship_to: { address_1: "2 Depot St", country_code: "fr" } })
    expect(view).toEqual(expect.objectContaining(expected))
  })
})

describe("renderPurchaseOrderHtml", () => {
  it("should render the lines and escape every text", () => {
    const po = makePurchaseOrder({ lines: [makeLine({ title: '<script>alert("x")</script>' })] })
    const html = renderPurchaseOrderHtml(buildPurchaseOrderView(po, vendor, { store_name: "A & B" }))
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(html).toContain("PO-000042")
    expect(html).toContain("Bois &amp; Fils")
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(html).not.toContain("<script>")
    expect(html).toContain("50.00 EUR")
    expect(html).toContain("default-src &#39;none&#39;")
  })
})

describe("renderPurchaseOrderPdf", () => {
  it("should produce a PDF with the number, lines, total and page footer", async () => {
    const pdf = await renderPurchaseOrderPdf(buildPurchaseOrderView(makePurchaseOrder(), vendor, { store_name: "Medusa Store" }), { compress: false })
    const source = pdf.toString("latin1")
    expect(source.startsWith("%PDF-")).toBe(true)
    expect(source.trimEnd().endsWith("%%EOF")).toBe(true)
    const text = shownTexts(pdf).join("\n")
    for (const expected of ["Purchase order", "PO-000042", "V-100", "Oak table", "12.50 EUR", "Total 50.30 EUR", "Page 1 of 1"]) {
      expect(text).toContain(expected)
    }
  })

  it("should break many lines over pages and survive characters outside WinAnsi", async () => {
    const lines = Array.from({ length: 80 }, (_, i) => makeLine({ id: `pol_${i}`, line_number: i + 1, title: `Line ${i + 1} 木` }))
    const pdf = await renderPurchaseOrderPdf(buildPurchaseOrderView(makePurchaseOrder({ lines }), vendor), { compress: false })
    const text = shownTexts(pdf).join("\n")
    expect(text).toContain("Line 80 ?")
    expect(text).toMatch(/Page 1 of [2-9]/)
  })
})
