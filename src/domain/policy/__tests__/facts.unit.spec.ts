import { InvalidDecimalError } from "../../money/decimal"
import { POLICY_FACT_KINDS, POLICY_FACT_NAMES, buildPolicyFacts } from "../facts"
import { merge, policyFacts, policyInput, valueCommitment, type PolicyInputOverrides } from "./fixtures"

function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object") {
    Object.values(x).forEach(deepFreeze)
    Object.freeze(x)
  }
  return x
}

describe("buildPolicyFacts", () => {
  it("should define every listed fact, and only those, with no undefined value", () => {
    const facts = policyFacts()
    expect(Object.keys(facts).sort()).toEqual([...POLICY_FACT_NAMES].sort())
    expect(Object.values(facts).filter((v) => v === undefined)).toEqual([])
    expect(Object.keys(POLICY_FACT_KINDS)).toEqual(POLICY_FACT_NAMES)
  })

  it("should only hold flat plain values", () => {
    for (const value of Object.values(policyFacts(valueCommitment))) {
      expect(value === null || ["string", "number", "boolean"].includes(typeof value)).toBe(true)
    }
  })

  it("should not touch its input and give the same facts for the same input", () => {
    const input = deepFreeze(policyInput())
    expect(buildPolicyFacts(input)).toEqual(buildPolicyFacts(policyInput()))
  })

  it("should describe the clean base line", () => {
    expect(policyFacts()).toMatchObject({
      context: "add_to_cart",
      agreement_id: "sa_1",
      agreement_status: "effective",
      agreement_read_status: "effective",
      agreement_effective: true,
      currency_matches: true,
      customer_id: "cus_1",
      requested_ship_date: "2025-06-10T00:00:00.000Z",
      ship_date_in_agreement_validity: true,
      ship_date_in_commitment_validity: true,
      commitment_id: "sacl_1",
      commitment_line_number: 3,
      commitment_type: "product_quantity",
      committed_quantity: "100",
      committed_amount: null,
      consumed_quantity: "60",
      remaining_quantity: "40",
      remaining_amount: null,
      balance_basis: "quantity",
      balance_unit: "units",
      remaining_balance: "40",
      line_consumption: "10",
      remaining_balance_after: "30",
      line_amount: "95",
      line_trade_amount: "120",
      exceeds_max: false,
      below_min_release: false,
      above_max_release: false,
    })
  })

  describe("exact decimals", () => {
    it.each<[string, PolicyInputOverrides, Record<string, unknown>]>([
      ["0.1 × 3 is 0.3, not a binary float", { line: { agreement_unit_price: "0.1", quantity: "3" } }, { line_amount: "0.3" }],
      ["trade amount", { line: { trade_unit_price: "0.07", quantity: "3" } }, { line_trade_amount: "0.21" }],
      ["fractional quantity", { line: { agreement_unit_price: "19.99", quantity: "2.5" } }, { line_amount: "49.975" }],
      ["trailing zeros dropped", { line: { agreement_unit_price: "10.000", quantity: "1.0" } }, { line_amount: "10", agreement_unit_price: "10" }],
      [
        "large amounts keep every digit",
        { line: { agreement_unit_price: "123456789.123456789", quantity: "1000" } },
        { line_amount: "123456789123.456789" },
      ],
      ["numbers accepted as decimal input", { line: { agreement_unit_price: 2.5, quantity: 4 } }, { line_amount: "10" }],
    ])("%s", (_, over, expected) => {
      expect(policyFacts(over)).toMatchObject(expected)
    })
  })

  describe("remaining balance", () => {
    it.each<[string, PolicyInputOverrides, Record<string, unknown>]>([
      [
        "returns give quantity back",
        { balance: { ordered_quantity: "95", returned_quantity: "7" } },
        { consumed_quantity: "88", remaining_quantity: "12", remaining_balance: "12" },
      ],
      [
        "returns give amount back on a value commitment",
        merge(valueCommitment, { balance: { returned_amount: "100.50" } }),
        { consumed_amount: "899.49", remaining_amount: "100.51", remaining_balance: "100.51", balance_basis: "amount", balance_unit: "EUR" },
      ],
      ["over-consumed is negative", { commitment: { quantity: "10" }, balance: { ordered_quantity: "12" } }, { remaining_quantity: "-2" }],
      [
        "no committed figure gives null remaining",
        { commitment: { quantity: null } },
        { committed_quantity: null, remaining_quantity: null, remaining_balance: null, remaining_balance_after: null, exceeds_max: false },
      ],
      [
        "remaining after this line",
        { balance: { ordered_quantity: "95" }, line: { quantity: "8" } },
        { remaining_balance: "5", line_consumption: "8", remaining_balance_after: "-3" },
      ],
    ])("%s", (_, over, expected) => {
      expect(policyFacts(over)).toMatchObject(expected)
    })
  })

  describe("exceeds_max boundaries", () => {
    it.each<[string, PolicyInputOverrides, boolean]>([
      ["quantity exactly at the remaining is allowed", { balance: { ordered_quantity: "90" }, line: { quantity: "10" } }, false],
      ["quantity one over is not", { balance: { ordered_quantity: "90" }, line: { quantity: "11" } }, true],
      ["fractional quantity just over", { balance: { ordered_quantity: "90" }, line: { quantity: "10.0001" } }, true],
      ["a return makes room", { balance: { ordered_quantity: "95", returned_quantity: "6" }, line: { quantity: "11" } }, false],
      ["amount exactly at the remaining is allowed", merge(valueCommitment, { line: { agreement_unit_price: "0.01", quantity: "1" } }), false],
      ["amount one cent over is not", merge(valueCommitment, { line: { agreement_unit_price: "0.02", quantity: "1" } }), true],
      [
        "price × quantity exactly at the remaining",
        merge(valueCommitment, { balance: { ordered_amount: "940.03" }, line: { agreement_unit_price: "19.99", quantity: "3" } }),
        false,
      ],
      [
        "price × quantity one cent over",
        merge(valueCommitment, { balance: { ordered_amount: "940.04" }, line: { agreement_unit_price: "19.99", quantity: "3" } }),
        true,
      ],
      [
        "where floats would round: 0.1 + 0.2 style",
        merge(valueCommitment, { commitment: { amount: "0.3" }, balance: { ordered_amount: "0" }, line: { agreement_unit_price: "0.1", quantity: "3" } }),
        false,
      ],
      ["value commitments compare amounts, not quantities", merge(valueCommitment, { line: { agreement_unit_price: "0", quantity: "1000" } }), false],
    ])("%s", (_, over, expected) => {
      expect(policyFacts(over).exceeds_max).toBe(expected)
    })
  })

  describe("release range", () => {
    it.each<[string, PolicyInputOverrides, boolean, boolean]>([
      ["no range", {}, false, false],
      ["below the minimum", { commitment: { min_release_amount: "95.01" } }, true, false],
      ["exactly the minimum", { commitment: { min_release_amount: "95" } }, false, false],
      ["exactly the maximum", { commitment: { max_release_amount: "95.00" } }, false, false],
      ["above the maximum", { commitment: { max_release_amount: "94.99" } }, false, true],
    ])("%s", (_, over, below, above) => {
      const facts = policyFacts(over)
      expect([facts.below_min_release, facts.above_max_release]).toEqual([below, above])
    })
  })

  describe("agreement status and currency", () => {
    it.each<[string, PolicyInputOverrides, Record<string, unknown>]>([
      ["on hold", { agreement: { status: "on_hold" } }, { agreement_effective: false, agreement_read_status: "on_hold" }],
      ["draft", { agreement: { status: "draft" } }, { agreement_effective: false, agreement_read_status: "draft" }],
      ["closed", { agreement: { status: "closed" } }, { agreement_effective: false }],
      [
        "effective but expired at now",
        { now: "2026-01-01T00:00:00.000Z", order: { requested_ship_date: "2025-12-01T00:00:00.000Z" } },
        { agreement_effective: false, agreement_read_status: "expired", ship_date_in_agreement_validity: true },
      ],
      ["effective at its last instant", { now: "2025-12-31T23:59:59.999Z" }, { agreement_effective: true }],
      ["without now only the status counts", { now: null }, { agreement_effective: true }],
      ["currency codes compare case-insensitively", { order: { currency_code: "EUR" } }, { currency_matches: true, order_currency_code: "eur" }],
      ["other currency", { order: { currency_code: "usd" } }, { currency_matches: false }],
      ["empty currency never matches", { agreement: { currency_code: "" }, order: { currency_code: "" } }, { currency_matches: false }],
    ])("%s", (_, over, expected) => {
      expect(policyFacts(over)).toMatchObject(expected)
    })
  })

  describe("requested ship date", () => {
    it.each<[string, PolicyInputOverrides, boolean, boolean]>([
      ["inside both", {}, true, true],
      ["on the agreement's first instant", { order: { requested_ship_date: "2025-01-01T00:00:00.000Z" } }, true, true],
      ["on the agreement's last instant", { order: { requested_ship_date: "2025-12-31T23:59:59.999Z" } }, true, true],
      ["1 ms after expiration", { order: { requested_ship_date: "2026-01-01T00:00:00.000Z" } }, false, false],
      ["before the agreement", { order: { requested_ship_date: "2024-12-31T23:59:59.999Z" } }, false, false],
      ["Date objects", { order: { requested_ship_date: new Date("2025-03-01T00:00:00Z") } }, true, true],
      [
        "inside the header but outside the line's own dates",
        { commitment: { effective_date: "2025-07-01T00:00:00.000Z", expiration_date: "2025-09-30T00:00:00.000Z" } },
        true,
        false,
      ],
      [
        "the line's own expiration only; header start applies",
        { commitment: { expiration_date: "2025-06-30T00:00:00.000Z" } },
        true,
        true,
      ],
      ["missing: the day it is placed (now)", { order: { requested_ship_date: null } }, true, true],
      ["unparseable date is outside", { order: { requested_ship_date: "soon" } }, false, false],
      ["agreement without dates is outside", { agreement: { effective_date: null, expiration_date: null } }, false, false],
    ])("%s", (_, over, inAgreement, inCommitment) => {
      const facts = policyFacts(over)
      expect([facts.ship_date_in_agreement_validity, facts.ship_date_in_commitment_validity]).toEqual([inAgreement, inCommitment])
    })

    it("should fall back to now and report it", () => {
      expect(policyFacts({ order: { requested_ship_date: null } }).requested_ship_date).toBe("2025-06-01T08:00:00.000Z")
    })

    it("should be null and outside when neither ship date nor now is known", () => {
      expect(policyFacts({ now: null, order: { requested_ship_date: null } })).toMatchObject({
        requested_ship_date: null,
        ship_date_in_agreement_validity: false,
        ship_date_in_commitment_validity: false,
      })
    })
  })

  it("should mirror each decimal fact as a number", () => {
    const facts = policyFacts(merge(valueCommitment, { commitment: { min_release_amount: "5.5" } }))
    expect(facts).toMatchObject({
      committed_amount_number: 1000,
      committed_quantity_number: null,
      remaining_amount_number: 0.01,
      line_amount_number: 95,
      min_release_amount_number: 5.5,
      max_release_amount_number: null,
    })
    for (const name of POLICY_FACT_NAMES) {
      if (POLICY_FACT_KINDS[name].type === "decimal") {
        const mirror = `${name}_number` as keyof typeof facts
        expect(facts[mirror]).toBe(facts[name] === null ? null : Number(facts[name]))
      }
    }
  })

  it.each<[string, PolicyInputOverrides]>([
    ["quantity", { line: { quantity: "ten" } }],
    ["price", { line: { agreement_unit_price: "NaN" } }],
    ["balance", { balance: { ordered_quantity: "0x10" } }],
    ["commitment", { commitment: { quantity: "1e" } }],
  ])("should reject a bad decimal %s", (_, over) => {
    expect(() => policyFacts(over)).toThrow(InvalidDecimalError)
  })
})
