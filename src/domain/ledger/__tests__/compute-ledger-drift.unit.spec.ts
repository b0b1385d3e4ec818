import { computeLedgerDrift } from "../compute-ledger-drift"

const m = (kind: "ordered" | "returned", line: string, quantity: string, amount: string, return_id: string | null = null) => ({
  kind, sales_agreement_id: "sa", sales_agreement_line_id: "c1", order_id: "o1", order_line_item_id: line, return_id, quantity, amount, currency_code: "eur",
})

describe("computeLedgerDrift", () => {
  it.each([
    ["a ledger in line with the orders", [m("ordered", "l1", "3", "25.5")], [m("ordered", "l1", "3.0", "25.50")], []],
    ["a missing ordered write (crash)", [m("ordered", "l1", "3", "25.5")], [], [{ quantity_delta: "3", amount_delta: "25.5", actual_quantity: "0" }]],
    ["a canceled order never reversed", [], [m("ordered", "l1", "3", "25.5")], [{ quantity_delta: "-3", amount_delta: "-25.5", expected_quantity: "0" }]],
    ["a return counted twice", [m("returned", "l1", "1", "8.5", "r1")], [m("returned", "l1", "2", "17", "r1")], [{ quantity_delta: "-1", amount_delta: "-8.5" }]],
    ["exact decimals", [m("ordered", "l1", "1", "0.3")], [m("ordered", "l1", "1", "0.30000000000000000001")], [{ amount_delta: "-0.00000000000000000001" }]],
  ])("should report %s", (_, expected, actual, drift) => {
    const result = computeLedgerDrift(expected as any, actual as any)
    expect(result).toHaveLength(drift.length)
    drift.forEach((d, i) => expect(result[i]).toEqual(expect.objectContaining(d)))
  })
})
