import { computeFulfillment } from "../compute-fulfillment"

const base = { ordered_quantity: "0", ordered_amount: "0", returned_quantity: "0", returned_amount: "0" }

describe("computeFulfillment", () => {
  it.each([
    [
      "a quantity commitment with returns",
      { ...base, commitment_type: "product_quantity", quantity: "500", amount: null, ordered_quantity: "120", returned_quantity: "20" },
      { unit: "quantity", committed: "500", ordered: "120", returned: "20", remaining: "400", percent_fulfilled: "20" },
    ],
    [
      "a value commitment in exact decimals",
      { ...base, commitment_type: "value", quantity: null, amount: "3", ordered_amount: "1" },
      { unit: "amount", committed: "3", ordered: "1", returned: "0", remaining: "2", percent_fulfilled: "33.33" },
    ],
    [
      "an over-fulfilled commitment without max enforced",
      { ...base, commitment_type: "product_value", quantity: null, amount: "100.00", ordered_amount: "150.50" },
      { unit: "amount", committed: "100", ordered: "150.5", returned: "0", remaining: "-50.5", percent_fulfilled: "150.5" },
    ],
    [
      "nothing ordered yet",
      { ...base, commitment_type: "product_category_value", quantity: null, amount: "2000" },
      { unit: "amount", committed: "2000", ordered: "0", returned: "0", remaining: "2000", percent_fulfilled: "0" },
    ],
  ])("should compute %s", (_, line, expected) => {
    expect(computeFulfillment(line as any)).toEqual(expected)
  })
})
