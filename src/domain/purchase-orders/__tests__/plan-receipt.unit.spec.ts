import { planReceipt } from "../plan-receipt"
import { makeLine } from "./fixtures"

const lines = [
  makeLine({ id: "a", line_number: 1, quantity: 4, quantity_received: 1 }),
  makeLine({ id: "b", line_number: 2, quantity: 2, quantity_received: 0, order_line_item_id: "ordli_b" }),
  makeLine({ id: "c", line_number: 3, quantity: 1, quantity_received: 0, flagged: true }),
]

describe("planReceipt", () => {
  it.each<[string, { id: string; quantity: unknown }[], string, Record<string, number>]>([
    ["part of one line", [{ id: "a", quantity: 1 }], "partially_received", { a: 2 }],
    ["the rest of every line", [{ id: "a", quantity: 3 }, { id: "b", quantity: 2 }, { id: "c", quantity: 1 }], "received", { a: 4, b: 2, c: 1 }],
    ["two lines in part", [{ id: "a", quantity: 3 }, { id: "b", quantity: 1 }], "partially_received", { a: 4, b: 1 }],
  ])("should plan receiving %s", (_, receipt, status, totals) => {
    const plan = planReceipt(lines, receipt)
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.status).toBe(status)
    expect(Object.fromEntries(plan.lines.map((l) => [l.id, l.quantity_received]))).toEqual(totals)
  })

  it("should mark fully received lines and keep flagged lines from being ready to fulfil", () => {
    const plan = planReceipt(lines, [{ id: "b", quantity: 2 }, { id: "c", quantity: 1 }, { id: "a", quantity: 1 }])
    expect(plan).toEqual({
      ok: true,
      status: "partially_received",
      lines: [
        expect.objectContaining({ id: "a", quantity_now: 1, quantity_received: 2, fully_received: false, ready_to_fulfil: true }),
        expect.objectContaining({ id: "b", quantity_now: 2, quantity_received: 2, fully_received: true, ready_to_fulfil: true, order_line_item_id: "ordli_b" }),
        expect.objectContaining({ id: "c", quantity_now: 1, fully_received: true, ready_to_fulfil: false }),
      ],
    })
  })

  it.each<[string, { id: string; quantity: unknown }[], { field: string; message: RegExp }[]]>([
    ["no lines", [], [{ field: "lines", message: /at least one line/ }]],
    ["a line of another PO", [{ id: "zzz", quantity: 1 }], [{ field: "lines.0.id", message: /not a line of this purchase order \(zzz\)/ }]],
    ["a zero quantity", [{ id: "a", quantity: 0 }], [{ field: "lines.0.quantity", message: /integer greater than 0/ }]],
    ["a negative quantity", [{ id: "a", quantity: -1 }], [{ field: "lines.0.quantity", message: /integer greater than 0/ }]],
    ["a fraction", [{ id: "a", quantity: 1.5 }], [{ field: "lines.0.quantity", message: /integer/ }]],
    ["a string", [{ id: "a", quantity: "2" }], [{ field: "lines.0.quantity", message: /integer/ }]],
    ["more than expected", [{ id: "a", quantity: 4 }], [{ field: "lines.0.quantity", message: /4 exceeds the 3 still expected on line 1 \(a: ordered 4, received 1\)/ }]],
    ["a duplicate", [{ id: "b", quantity: 1 }, { id: "b", quantity: 1 }], [{ field: "lines.1.id", message: /more than once/ }]],
    [
      "several problems at once",
      [{ id: "x", quantity: 1 }, { id: "b", quantity: 3 }],
      [
        { field: "lines.0.id", message: /not a line/ },
        { field: "lines.1.quantity", message: /exceeds/ },
      ],
    ],
  ])("should refuse %s", (_, receipt, expected) => {
    const plan = planReceipt(lines, receipt)
    expect(plan.ok).toBe(false)
    if (plan.ok) return
    expect(plan.errors).toEqual(expected.map((e) => ({ field: e.field, message: expect.stringMatching(e.message) })))
  })

  it("should refuse a line already received in full", () => {
    const plan = planReceipt([makeLine({ id: "a", quantity: 2, quantity_received: 2 })], [{ id: "a", quantity: 1 }])
    expect(plan.ok).toBe(false)
  })
})
