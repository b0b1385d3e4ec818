import type { CommitmentPriceTerms, DecimalInput } from "../../types"
import { InvalidDecimalError } from "../../money/decimal"
import { computeAgreementUnitPrice, computeLineAmount } from "../compute-agreement-price"

const qty = (over: Partial<CommitmentPriceTerms> = {}): CommitmentPriceTerms => ({
  commitment_type: "product_quantity",
  ...over,
})

describe("computeAgreementUnitPrice", () => {
  it.each<[string, CommitmentPriceTerms, DecimalInput | null, string | null]>([
    ["a plain unit price", qty({ unit_price: "10" }), "99", "10"],
    ["a price per 100", qty({ unit_price: "100", price_unit: "100" }), null, "1"],
    ["a price per 100 minus a discount amount", qty({ unit_price: 250, price_unit: 100, discount_amount: "0.5" }), null, "2"],
    ["a discount amount larger than the price", qty({ unit_price: "10", discount_amount: "15" }), null, "0"],
    ["a 0 % discount", qty({ unit_price: "10", discount_percent: 0 }), null, "10"],
    ["a 100 % discount", qty({ unit_price: "10", discount_percent: "100" }), null, "0"],
    ["a 12.5 % discount", qty({ unit_price: "10", discount_percent: "12.5" }), null, "8.75"],
    ["0.3 − 0.1 exactly", qty({ unit_price: "0.3", discount_amount: "0.1" }), null, "0.2"],
    ["(0.7 − 0.1) × 0.9 exactly", qty({ unit_price: "0.7", discount_amount: "0.1", discount_percent: 10 }), null, "0.54"],
    ["0.1 + 0.2 style sums", qty({ unit_price: 0.3, discount_amount: 0.1, discount_percent: 0 }), null, "0.2"],
    ["1/3 rounded at 20 places", qty({ unit_price: "1", price_unit: "3" }), null, "0.33333333333333333333"],
    ["2/3 rounded half up", qty({ unit_price: "2", price_unit: 3 }), null, "0.66666666666666666667"],
    ["1/3 halved", qty({ unit_price: 1, price_unit: 3, discount_percent: 50 }), null, "0.16666666666666666667"],
    ["numeric inputs", qty({ unit_price: 19.99, price_unit: 1, discount_percent: 15 }), null, "16.9915"],
    [
      "more than 20 decimal places in",
      qty({ unit_price: "12.345678901234567890123" }),
      null,
      "12.34567890123456789012",
    ],
    [
      "a huge unit price without exponent",
      qty({ unit_price: "123456789012345678901234567890" }),
      null,
      "123456789012345678901234567890",
    ],
    ["an exponent string", qty({ unit_price: "1e2" }), null, "100"],
    ["a zero unit price", qty({ unit_price: "0" }), "50", "0"],
    ["trailing zeros", qty({ unit_price: "10.500", discount_percent: "0.000" }), null, "10.5"],
    ["a discount percent over 100", qty({ unit_price: "10", discount_percent: 150 }), null, "0"],
    [
      "a negative base with a discount over 100",
      qty({ unit_price: "1", discount_amount: "2", discount_percent: 150 }),
      null,
      "0",
    ],
    ["the trade price for a value line", { commitment_type: "value", discount_percent: 10 }, "50", "45"],
    [
      "the trade price for a quantity line without unit price",
      qty({ discount_percent: 20 }),
      9.99,
      "7.992",
    ],
    ["the trade price undiscounted", { commitment_type: "product_value" }, "12.50", "12.5"],
    ["a full category discount", { commitment_type: "product_category_value", discount_percent: "100" }, "80", "0"],
    [
      "the trade price even when a value line carries a unit price",
      { commitment_type: "product_value", unit_price: "1", discount_percent: 50 },
      "30",
      "15",
    ],
    ["a negative trade price", { commitment_type: "value" }, "-5", "0"],
    ["no trade price", { commitment_type: "value", discount_percent: 10 }, null, null],
    ["no trade price on a quantity line without unit price", qty({ discount_percent: 10 }), null, null],
  ])("should price %s", (_, terms, trade, expected) => {
    expect(computeAgreementUnitPrice({ terms, trade_unit_price: trade })).toBe(expected)
  })

  it("should return null when the trade price is undefined", () => {
    expect(computeAgreementUnitPrice({ terms: { commitment_type: "value" }, trade_unit_price: undefined })).toBeNull()
  })

  it.each<[string, CommitmentPriceTerms, DecimalInput | null]>([
    ["a zero price unit", qty({ unit_price: "10", price_unit: 0 }), null],
    ["a negative price unit", qty({ unit_price: "10", price_unit: "-1" }), null],
    ["a non-numeric unit price", qty({ unit_price: "abc" }), null],
    ["a non-numeric trade price", { commitment_type: "value" }, "n/a"],
    ["a non-finite discount percent", { commitment_type: "value", discount_percent: Infinity }, "1"],
  ])("should throw InvalidDecimalError on %s", (_, terms, trade) => {
    expect(() => computeAgreementUnitPrice({ terms, trade_unit_price: trade })).toThrow(InvalidDecimalError)
  })
})

describe("computeLineAmount", () => {
  it.each<[DecimalInput, DecimalInput, string]>([
    ["0.1", 3, "0.3"],
    ["19.99", "100", "1999"],
    ["0.33333333333333333333", 3, "0.99999999999999999999"],
    [0, 5, "0"],
    ["1.005", "1000", "1005"],
    ["2.50", "2", "5"],
    ["0.0001", "0.0001", "0.00000001"],
    ["12345678901234567890", "10", "123456789012345678900"],
  ])("should multiply %p by %p exactly", (unitPrice, quantity, expected) => {
    expect(computeLineAmount(unitPrice, quantity)).toBe(expected)
  })
})
