import { checkConsumption, ConsumptionCommitment } from "../check-consumption"

const qty = (over: Partial<ConsumptionCommitment> = {}): ConsumptionCommitment => ({
  id: "q",
  line_number: 1,
  commitment_type: "product_quantity",
  max_enforced: true,
  quantity: "10",
  amount: null,
  net_quantity: "0",
  net_amount: "0",
  ...over,
})
const val = (over: Partial<ConsumptionCommitment> = {}): ConsumptionCommitment => ({
  id: "v",
  line_number: 2,
  commitment_type: "value",
  max_enforced: true,
  quantity: null,
  amount: "100.00",
  net_quantity: "0",
  net_amount: "0",
  ...over,
})

describe("checkConsumption", () => {
  it.each([
    ["exactly the remaining quantity", [qty({ net_quantity: "4" })], [{ commitment_id: "q", quantity: 6, amount: "51" }], []],
    ["one more than the remaining quantity", [qty({ net_quantity: "4" })], [{ commitment_id: "q", quantity: 7, amount: "1" }], [{ commitment_id: "q", line_number: 1, unit: "quantity", remaining: "6", requested: "7" }]],
    ["two requests that together exceed", [qty()], [{ commitment_id: "q", quantity: 6, amount: 0 }, { commitment_id: "q", quantity: 5, amount: 0 }], [{ commitment_id: "q", line_number: 1, unit: "quantity", remaining: "10", requested: "11" }]],
    ["a commitment without max enforced", [qty({ max_enforced: false })], [{ commitment_id: "q", quantity: 60, amount: 0 }], []],
    ["an amount exactly at the remaining value (exact decimals)", [val({ net_amount: "99.7" })], [{ commitment_id: "v", quantity: 1, amount: "0.1" }, { commitment_id: "v", quantity: 1, amount: "0.2" }], []],
    ["an amount one cent over", [val({ net_amount: "99.7" })], [{ commitment_id: "v", quantity: 1, amount: "0.31" }], [{ commitment_id: "v", line_number: 2, unit: "amount", remaining: "0.3", requested: "0.31" }]],
    ["returns that freed balance (negative net)", [qty({ net_quantity: "-2" })], [{ commitment_id: "q", quantity: 12, amount: 0 }], []],
    ["a request for an unknown commitment", [qty()], [{ commitment_id: "x", quantity: 99, amount: 0 }], []],
  ])("should judge %s", (_, commitments, requests, expected) => {
    expect(checkConsumption(commitments as ConsumptionCommitment[], requests)).toEqual(expected)
  })
})
