import { buildRequisitionLines, BuildRequisitionLinesInput } from "../build-requisition-lines"

const address = { address_1: "1 Customer Road", city: "Lyon", country_code: "fr" }

const base = (overrides: Partial<BuildRequisitionLinesInput> = {}): BuildRequisitionLinesInput => ({
  orders: [
    {
      id: "order_1",
      created_at: "2026-05-01T09:00:00.000Z",
      currency_code: "eur",
      shipping_address: address,
      items: [
        { id: "li_special", variant_id: "var_special", quantity: 3, title: "Screw", variant_sku: "SCREW" },
        { id: "li_drop", variant_id: "var_drop", quantity: 1, title: "Bolt", variant_sku: "BOLT" },
        { id: "li_plain", variant_id: "var_plain", quantity: 2, title: "Drill", variant_sku: "DRILL" },
      ],
    },
  ],
  sourcing: {
    var_special: { product_variant_id: "var_special", vendor_id: "vend_a", vendor_sku: "A-1", unit_cost: "4.125", purchasing_code_id: "code_so" },
    var_drop: { product_variant_id: "var_drop", vendor_id: "vend_b", vendor_sku: null, unit_cost: "11.5", purchasing_code_id: "code_ds" },
    var_plain: { product_variant_id: "var_plain", vendor_id: "vend_a", vendor_sku: "A-3", unit_cost: "99", purchasing_code_id: null },
  },
  codes: { code_so: { id: "code_so", kind: "special_order" }, code_ds: { id: "code_ds", kind: "drop_shipment" } },
  line_codes: {},
  vendors: {
    vend_a: { id: "vend_a", currency_code: "eur", lead_time_days: 5 },
    vend_b: { id: "vend_b", currency_code: "usd", lead_time_days: 2 },
  },
  ...overrides,
})

const byLine = (input: BuildRequisitionLinesInput) =>
  Object.fromEntries(buildRequisitionLines(input).map((d) => [d.order_line_item_id, d]))

describe("buildRequisitionLines", () => {
  it("should raise special-order and drop-shipment lines with vendor, cost, currency, due date and ship-to", () => {
    const lines = byLine(base())
    expect(Object.keys(lines).sort()).toEqual(["li_drop", "li_special"])
    expect(lines.li_special).toEqual({
      vendor_id: "vend_a",
      product_variant_id: "var_special",
      vendor_sku: "A-1",
      title: "Screw",
      quantity: 3,
      unit_cost: "4.125",
      currency_code: "eur",
      due_date: new Date("2026-05-06T09:00:00.000Z"),
      kind: "special_order",
      purchasing_code_id: "code_so",
      order_id: "order_1",
      order_line_item_id: "li_special",
      ship_to: null,
    })
    expect(lines.li_drop).toEqual(
      expect.objectContaining({ vendor_sku: "BOLT", currency_code: "usd", kind: "drop_shipment", ship_to: address })
    )
    expect(lines.li_drop.due_date.toISOString()).toEqual("2026-05-03T09:00:00.000Z")
  })

  it.each([
    ["the line's code wins over the variant's default", { line_codes: { li_special: "code_ds" } }, "li_special", "drop_shipment"],
    ["a line code makes an ordinary line special", { line_codes: { li_plain: "code_so" } }, "li_plain", "special_order"],
  ])("should follow the admin's code: %s", (_, overrides, line, kind) => {
    expect(byLine(base(overrides as any))[line].kind).toEqual(kind)
  })

  it.each([
    ["a reserved line", { reserved_line_ids: ["li_special"] }, "li_special"],
    ["a line whose code no longer exists", { codes: { code_ds: { id: "code_ds", kind: "drop_shipment" } } }, "li_special"],
  ])("should raise nothing for %s", (_, overrides, line) => {
    expect(byLine(base(overrides as any))[line]).toBeUndefined()
  })

  it("should raise an unsourced line with an admin code without a vendor, in the order's currency", () => {
    const input = base({ line_codes: { li_x: "code_so" } })
    input.orders[0].items.push({ id: "li_x", variant_id: "var_unsourced", quantity: 1, title: "X", variant_sku: "X-1" })
    expect(byLine(input).li_x).toEqual(
      expect.objectContaining({ vendor_id: null, unit_cost: null, currency_code: "eur", vendor_sku: "X-1", due_date: new Date("2026-05-01T09:00:00.000Z") })
    )
  })

  it.each([
    ["no variant", { id: "li_y", variant_id: null, quantity: 1 }],
    ["a zero quantity", { id: "li_y", variant_id: "var_special", quantity: 0 }],
    ["an unreadable quantity", { id: "li_y", variant_id: "var_special", quantity: Number.NaN }],
  ])("should skip a line with %s", (_, item) => {
    const input = base()
    input.orders[0].items = [item as any]
    expect(buildRequisitionLines(input)).toEqual([])
  })
})
