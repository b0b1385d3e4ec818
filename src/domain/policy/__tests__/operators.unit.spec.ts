import type { Operator } from "json-rules-engine"
import {
  POLICY_CUSTOM_OPERATORS,
  POLICY_OPERATORS,
  decimalEqual,
  decimalGreaterThan,
  decimalGreaterThanInclusive,
  decimalLessThan,
  decimalLessThanInclusive,
} from "../operators"
import { evaluatePolicy } from "../evaluate-policy"
import { policyFacts, ruleFactory } from "./fixtures"

// Operator.evaluate(fact, value) runs the fact validator, then the comparison (as the engine does).
const run = (op: Operator<unknown, unknown>, fact: unknown, value: unknown): boolean =>
  (op as unknown as { evaluate(a: unknown, b: unknown): boolean }).evaluate(fact, value)

describe("decimal operators", () => {
  it.each<[string, unknown, unknown, [boolean, boolean, boolean, boolean, boolean]]>([
    // [label, fact, value, [gt, gte, lt, lte, eq]]
    ["greater", "10.01", "10", [true, true, false, false, false]],
    ["smaller", "9.99", "10", [false, false, true, true, false]],
    ["equal with different notation", "10.0", "10", [false, true, false, true, true]],
    ["exponent notation", "1e3", "1000", [false, true, false, true, true]],
    ["negative", "-0.01", "0", [false, false, true, true, false]],
    ["beyond float precision", "0.30000000000000001", "0.3", [true, true, false, false, false]],
    ["huge values", "123456789012345678901234567890.1", "123456789012345678901234567890", [true, true, false, false, false]],
    ["numbers on either side", 5, "5.00", [false, true, false, true, true]],
    ["padded strings", " 7 ", "7", [false, true, false, true, true]],
  ])("should compare %s exactly", (_, fact, value, expected) => {
    const ops = [decimalGreaterThan, decimalGreaterThanInclusive, decimalLessThan, decimalLessThanInclusive, decimalEqual]
    expect(ops.map((op) => run(op, fact, value))).toEqual(expected)
  })

  it.each<[string, unknown, unknown]>([
    ["null fact", null, "1"],
    ["undefined fact", undefined, "1"],
    ["null value", "1", null],
    ["text fact", "abc", "1"],
    ["text value", "1", "abc"],
    ["empty string", "", "0"],
    ["boolean fact", true, "1"],
    ["NaN", Number.NaN, "1"],
    ["Infinity", Number.POSITIVE_INFINITY, "1"],
    ["hex", "0x10", "16"],
  ])("should be false for every operator on %s", (_, fact, value) => {
    for (const op of POLICY_CUSTOM_OPERATORS) {
      expect(run(op, fact, value)).toBe(false)
    }
  })

  it("should list the standard operators and ours", () => {
    expect(POLICY_OPERATORS).toEqual(expect.arrayContaining(["equal", "in", "greaterThanInclusive", "decimalEqual", "decimalLessThan"]))
    expect(POLICY_CUSTOM_OPERATORS.map((o) => o.name)).toEqual(POLICY_OPERATORS.filter((n) => n.startsWith("decimal")))
  })

  it.each<[string, string, string, boolean]>([
    ["decimalGreaterThan", "remaining_balance", "39.99", true],
    ["decimalGreaterThan", "remaining_balance", "40", false],
    ["decimalLessThanInclusive", "line_amount", "95.00", true],
    ["decimalEqual", "line_amount", "95.000", true],
    ["decimalLessThan", "committed_amount", "1", false],
  ])("should be registered on the engine: %s(%s, %s) is %s", async (operator, fact, value, fires) => {
    const rule = ruleFactory({ conditions: { all: [{ fact, operator, value }] } })
    const decision = await evaluatePolicy([rule], policyFacts())
    expect(decision.checked[0].fired).toBe(fires)
  })

  it("should compare a fact with another fact", async () => {
    const rule = ruleFactory({
      conditions: { all: [{ fact: "line_consumption", operator: "decimalLessThanInclusive", value: { fact: "remaining_balance" } }] },
    })
    expect((await evaluatePolicy([rule], policyFacts())).checked[0].fired).toBe(true)
    expect((await evaluatePolicy([rule], policyFacts({ line: { quantity: "40.5" } }))).checked[0].fired).toBe(false)
  })
})
