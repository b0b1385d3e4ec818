import { groupPurchaseOrders } from "../group-purchase-orders"
import type { CarryOutCandidate } from "../types"

const line = (id: string, overrides: Partial<CarryOutCandidate> = {}): CarryOutCandidate => ({
  id,
  vendor_id: "vend_a",
  kind: "special_order",
  order_id: "order_1",
  order_line_item_id: `li_${id}`,
  ship_to: null,
  due_date: "2026-05-10T00:00:00.000Z",
  created_at: "2026-05-01T00:00:00.000Z",
  ...overrides,
})

const warehouse = { address_1: "1 Warehouse Street" }
const customer1 = { address_1: "1 Customer Road" }
const customer2 = { address_1: "2 Customer Road" }

describe("groupPurchaseOrders", () => {
  it.each([
    ["one PO for one vendor's special orders across sales orders", [line("a"), line("b", { order_id: "order_2" })], [["vend_a|special_order", 2]]],
    ["one PO per vendor", [line("a"), line("b", { vendor_id: "vend_b" })], [["vend_a|special_order", 1], ["vend_b|special_order", 1]]],
    [
      "one drop-shipment PO per vendor and sales order",
      [
        line("a", { kind: "drop_shipment", ship_to: customer1 }),
        line("b", { kind: "drop_shipment", ship_to: customer1 }),
        line("c", { kind: "drop_shipment", order_id: "order_2", ship_to: customer2 }),
      ],
      [["vend_a|drop_shipment|order_1", 2], ["vend_a|drop_shipment|order_2", 1]],
    ],
    [
      "special-order and drop-shipment lines of one vendor apart",
      [line("a"), line("b", { kind: "drop_shipment", ship_to: customer1 })],
      [["vend_a|special_order", 1], ["vend_a|drop_shipment|order_1", 1]],
    ],
  ])("should make %s", (_, lines, expected) => {
    const groups = groupPurchaseOrders(lines, warehouse)
    expect(groups.map((g) => [g.key, g.lines.length])).toEqual(expected)
  })

  it("should ship special orders to the warehouse and drop shipments to the customer", () => {
    const [special, drop] = groupPurchaseOrders([line("a"), line("b", { kind: "drop_shipment", ship_to: customer1 })], warehouse)
    expect([special.ship_to, special.order_id]).toEqual([warehouse, null])
    expect([drop.ship_to, drop.order_id]).toEqual([customer1, "order_1"])
  })

  it("should keep lines in creation order and take the earliest due date", () => {
    const [group] = groupPurchaseOrders([
      line("late", { created_at: "2026-05-03T00:00:00.000Z", due_date: "2026-05-20T00:00:00.000Z" }),
      line("early", { created_at: "2026-05-01T00:00:00.000Z", due_date: "2026-05-12T00:00:00.000Z" }),
      line("none", { created_at: "2026-05-02T00:00:00.000Z", due_date: null }),
    ])
    expect(group.lines.map((l) => l.id)).toEqual(["early", "none", "late"])
    expect(group.due_date!.toISOString()).toEqual("2026-05-12T00:00:00.000Z")
    expect(group.ship_to).toBeNull()
  })

  it("should refuse a line without a vendor", () => {
    expect(() => groupPurchaseOrders([line("a", { vendor_id: null })])).toThrow(/a has no vendor/)
  })
})
