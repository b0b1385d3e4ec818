import { evaluateDefaultPolicy, evaluatePolicy } from "../evaluate-policy"
import {
  DEFAULT_POLICY_RULES,
  aboveMaxReleaseAmountRule,
  agreementNotEffectiveRule,
  belowMinReleaseAmountRule,
  currencyMismatchRule,
  maxEnforcedExceededRule,
  outsideAgreementValidityRule,
  outsideCommitmentValidityRule,
  priceFixedChangedRule,
} from "../rules"
import { validatePolicyRules } from "../schema"
import type { PolicyRule } from "../types"
import { merge, policyFacts, valueCommitment, type PolicyInputOverrides } from "./fixtures"

const fired = async (rule: PolicyRule, over: PolicyInputOverrides) => (await evaluatePolicy([rule], policyFacts(over))).checked[0].fired

describe("default policy rules", () => {
  it("should pass the rule schema", () => {
    const result = validatePolicyRules(JSON.parse(JSON.stringify(DEFAULT_POLICY_RULES)))
    expect("errors" in result ? result.errors : []).toEqual([])
  })

  it("should be deep-frozen, with one rule per name and `<decision>.<code>` events", () => {
    expect(Object.isFrozen(DEFAULT_POLICY_RULES)).toBe(true)
    expect(Object.isFrozen(DEFAULT_POLICY_RULES[0].conditions)).toBe(true)
    expect(new Set(DEFAULT_POLICY_RULES.map((r) => r.name)).size).toBe(DEFAULT_POLICY_RULES.length)
    expect(DEFAULT_POLICY_RULES.map((r) => [r.name, r.event.type])).toEqual([
      ["agreement-not-effective", "unlink.agreement_not_effective"],
      ["currency-mismatch", "unlink.currency_mismatch"],
      ["outside-agreement-validity", "unlink.outside_validity"],
      ["outside-commitment-validity", "unlink.commitment_outside_validity"],
      ["max-enforced-exceeded", "unlink.max_enforced_exceeded"],
      ["price-fixed-changed", "unlink.price_fixed_changed"],
      ["below-min-release-amount", "warn.below_min_release_amount"],
      ["above-max-release-amount", "warn.above_max_release_amount"],
    ])
  })

  it("should link a clean line with no reason or warning", async () => {
    expect(await evaluateDefaultPolicy(policyFacts())).toMatchObject({ outcome: "link", reasons: [], warnings: [] })
  })

  describe.each<[string, PolicyRule, [string, PolicyInputOverrides][], [string, PolicyInputOverrides][]]>([
    [
      "agreement-not-effective",
      agreementNotEffectiveRule,
      [
        ["on hold", { agreement: { status: "on_hold" } }],
        ["draft", { agreement: { status: "draft" } }],
        ["closed", { agreement: { status: "closed" } }],
        ["expired at now", { now: "2026-01-02T00:00:00.000Z" }],
      ],
      [["effective", {}]],
    ],
    [
      "currency-mismatch",
      currencyMismatchRule,
      [["USD cart on a EUR agreement", { order: { currency_code: "usd" } }]],
      [
        ["same currency", {}],
        ["same currency, other case", { order: { currency_code: "EUR" } }],
      ],
    ],
    [
      "outside-agreement-validity",
      outsideAgreementValidityRule,
      [
        ["after expiration", { order: { requested_ship_date: "2026-01-01T00:00:00.000Z" } }],
        ["before the start", { order: { requested_ship_date: "2024-06-01T00:00:00.000Z" } }],
      ],
      [
        ["inside", {}],
        ["on the last day's last instant", { order: { requested_ship_date: "2025-12-31T23:59:59.999Z" } }],
      ],
    ],
    [
      "outside-commitment-validity",
      outsideCommitmentValidityRule,
      [["before the line's own start", { commitment: { effective_date: "2025-07-01T00:00:00.000Z" } }]],
      [
        ["inside the line's own dates", { commitment: { effective_date: "2025-06-01T00:00:00.000Z", expiration_date: "2025-06-30T00:00:00.000Z" } }],
        ["no own dates: the header's", {}],
      ],
    ],
    [
      "max-enforced-exceeded",
      maxEnforcedExceededRule,
      [
        ["one unit over", { balance: { ordered_quantity: "91" } }],
        ["one cent over on a value commitment", merge(valueCommitment, { line: { agreement_unit_price: "0.02", quantity: "1" } })],
        ["already over-consumed", { balance: { ordered_quantity: "120" }, line: { quantity: "1" } }],
      ],
      [
        ["exactly at the max", { balance: { ordered_quantity: "90" } }],
        ["exactly at the max on a value commitment", merge(valueCommitment, { line: { agreement_unit_price: "0.01", quantity: "1" } })],
        ["over but not max enforced", { commitment: { max_enforced: false }, balance: { ordered_quantity: "99" } }],
        ["returns made room", { balance: { ordered_quantity: "99", returned_quantity: "9" } }],
      ],
    ],
    [
      "price-fixed-changed",
      priceFixedChangedRule,
      [["fixed price overridden", { commitment: { price_fixed: true }, line: { price_overridden: true } }]],
      [
        ["fixed price kept", { commitment: { price_fixed: true } }],
        ["price not fixed, overridden", { line: { price_overridden: true } }],
      ],
    ],
    [
      "below-min-release-amount",
      belowMinReleaseAmountRule,
      [["a cent below", { commitment: { min_release_amount: "95.01" } }]],
      [
        ["exactly the minimum", { commitment: { min_release_amount: "95" } }],
        ["no minimum", {}],
      ],
    ],
    [
      "above-max-release-amount",
      aboveMaxReleaseAmountRule,
      [["a cent above", { commitment: { max_release_amount: "94.99" } }]],
      [
        ["exactly the maximum", { commitment: { max_release_amount: "95" } }],
        ["no maximum", {}],
      ],
    ],
  ])("%s", (name, rule, firing, quiet) => {
    it("should be in the default set", () => {
      expect(DEFAULT_POLICY_RULES.find((r) => r.name === name)).toEqual(rule)
    })

    it.each(firing)("should fire: %s", async (_, over) => {
      expect(await fired(rule, over)).toBe(true)
    })

    it.each(quiet)("should not fire: %s", async (_, over) => {
      expect(await fired(rule, over)).toBe(false)
    })
  })

  it.each<[string, PolicyInputOverrides, string, string]>([
    ["agreement-not-effective", { agreement: { status: "on_hold" } }, "agreement_not_effective", "The agreement (sa_1) is on_hold, so this line gets no contract price."],
    ["agreement-not-effective", { now: "2026-02-01T00:00:00.000Z" }, "agreement_not_effective", "The agreement (sa_1) is expired, so this line gets no contract price."],
    ["currency-mismatch", { order: { currency_code: "usd" } }, "currency_mismatch", "The agreement is in eur but the cart is in usd."],
    [
      "max-enforced-exceeded",
      { balance: { ordered_quantity: "95" } },
      "max_enforced_exceeded",
      "Agreement line 3 has 5 units remaining; this line needs 10 units.",
    ],
    [
      "max-enforced-exceeded",
      merge(valueCommitment, { line: { agreement_unit_price: "0.02", quantity: "1" } }),
      "max_enforced_exceeded",
      "Agreement line 3 has 0.01 EUR remaining; this line needs 0.02 EUR.",
    ],
  ])("should explain %s with the facts (%#)", async (rule, over, code, message) => {
    const decision = await evaluateDefaultPolicy(policyFacts(over))
    expect(decision.outcome).toBe("unlink")
    expect(decision.reasons).toContainEqual({ rule, code, decision: "unlink", message, severity: "error" })
  })

  it("should unlink with every reason and keep the warnings", async () => {
    const decision = await evaluateDefaultPolicy(
      policyFacts({
        order: { currency_code: "usd" },
        commitment: { price_fixed: true, min_release_amount: "1000" },
        balance: { ordered_quantity: "95" },
        line: { price_overridden: true },
      })
    )
    expect(decision.outcome).toBe("unlink")
    expect(decision.reasons.map((r) => r.code)).toEqual(["currency_mismatch", "max_enforced_exceeded", "price_fixed_changed"])
    expect(decision.warnings).toEqual([
      {
        rule: "below-min-release-amount",
        code: "below_min_release_amount",
        message: "The line amount 95 eur is below the minimum release amount 1000 of agreement line 3.",
        severity: "warning",
      },
    ])
  })

  it("should warn but link a line outside the release range", async () => {
    const decision = await evaluateDefaultPolicy(policyFacts({ commitment: { max_release_amount: "50" } }))
    expect(decision).toMatchObject({ outcome: "warn", reasons: [], warnings: [{ code: "above_max_release_amount" }] })
  })
})
