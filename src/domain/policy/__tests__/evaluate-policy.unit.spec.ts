import {
  PolicyEvaluationError,
  PolicyRulesInvalidError,
  clearPolicyEngineCache,
  evaluateDefaultPolicy,
  evaluatePolicy,
  getPolicyEngineCacheStats,
  mergePolicyRules,
  policyRulesHash,
} from "../evaluate-policy"
import type { PolicyFacts } from "../facts"
import { DEFAULT_POLICY_RULES } from "../rules"
import { validatePolicyRules } from "../schema"
import { isTrustedPolicyRules } from "../trusted-rules"
import type { PolicyRule } from "../types"
import { policyFacts, ruleFactory } from "./fixtures"

const NEVER = { all: [{ fact: "context", operator: "equal", value: "return" }] }

function validated(rules: unknown[]): readonly PolicyRule[] {
  const result = validatePolicyRules(rules)
  if ("errors" in result) {
    throw new Error(JSON.stringify(result.errors))
  }
  return result.rules
}

describe("evaluatePolicy", () => {
  describe("outcome precedence block > unlink > warn > link", () => {
    it.each<[string, string[], string]>([
      ["nothing fired", [], "link"],
      ["a link rule", ["link"], "link"],
      ["a warning", ["warn"], "warn"],
      ["a warning and a link rule", ["link", "warn"], "warn"],
      ["an unlink and a warning", ["warn", "unlink"], "unlink"],
      ["an unlink and a link rule", ["link", "unlink"], "unlink"],
      ["a block and an unlink", ["unlink", "block"], "block"],
      ["everything", ["link", "warn", "unlink", "block"], "block"],
    ])("%s → %s", async (_, decisions, outcome) => {
      const rules = [ruleFactory({ conditions: NEVER, decision: "block" }), ...decisions.map((decision) => ruleFactory({ decision }))]
      const result = await evaluatePolicy(rules, policyFacts())
      expect(result.outcome).toBe(outcome)
      expect(result.warnings).toHaveLength(decisions.filter((d) => d === "warn").length)
      expect(result.reasons.map((r) => r.decision).sort()).toEqual(decisions.filter((d) => d !== "warn").sort())
      expect(result.checked).toHaveLength(rules.length)
    })
  })

  it("should list reasons strongest first, then by priority, then in rule order", async () => {
    const rules = [
      ruleFactory({ name: "u-low", decision: "unlink", priority: 5 }),
      ruleFactory({ name: "l-high", decision: "link", priority: 99 }),
      ruleFactory({ name: "u-high", decision: "unlink", priority: 90 }),
      ruleFactory({ name: "b-first", decision: "block", priority: 1 }),
      ruleFactory({ name: "u-low-2", decision: "unlink", priority: 5 }),
      ruleFactory({ name: "w-1", decision: "warn", priority: 1 }),
      ruleFactory({ name: "w-2", decision: "warn", priority: 70 }),
    ]
    const result = await evaluatePolicy(rules, policyFacts())
    expect(result.reasons.map((r) => r.rule)).toEqual(["b-first", "u-high", "u-low", "u-low-2", "l-high"])
    expect(result.warnings.map((w) => w.rule)).toEqual(["w-2", "w-1"])
    expect(result.checked.map((c) => c.rule)).toEqual(rules.map((r) => r.name))
  })

  it("should map results and failureResults into checked", async () => {
    const rules = [ruleFactory({ name: "fires", code: "fires_code" }), ruleFactory({ name: "quiet", decision: "block", code: "quiet_code", conditions: NEVER })]
    expect((await evaluatePolicy(rules, policyFacts())).checked).toEqual([
      { rule: "fires", code: "fires_code", decision: "warn", fired: true },
      { rule: "quiet", code: "quiet_code", decision: "block", fired: false },
    ])
  })

  it.each<[string, string, string]>([
    ["facts", "{{remaining_balance}} of {{committed_quantity}} left", "40 of 100 left"],
    ["null facts", "amount {{committed_amount}}", "amount none"],
    ["booleans and numbers", "{{max_enforced}} / {{commitment_line_number}}", "true / 3"],
    ["spaces inside braces", "{{ line_amount }}", "95"],
    ["repeated placeholders", "{{balance_unit}}, {{balance_unit}}", "units, units"],
    ["no placeholder", "plain text", "plain text"],
  ])("should fill placeholders: %s", async (_, message, expected) => {
    const [warning] = (await evaluatePolicy([ruleFactory({ message })], policyFacts())).warnings
    expect(warning.message).toBe(expected)
  })

  it("should default the severity by decision and keep an explicit one", async () => {
    const rules = [
      ruleFactory({ name: "b", decision: "block" }),
      ruleFactory({ name: "l", decision: "link" }),
      ruleFactory({ name: "w", decision: "warn" }),
      ruleFactory({ name: "u", decision: "unlink", event: { type: "unlink.soft", params: { message: "m", severity: "info" } } }),
    ]
    const result = await evaluatePolicy(rules, policyFacts())
    expect(result.reasons.map((r) => [r.rule, r.severity])).toEqual([
      ["b", "error"],
      ["u", "info"],
      ["l", "info"],
    ])
    expect(result.warnings[0].severity).toBe("warning")
  })

  describe("admin rules with the defaults", () => {
    const admin = validated([
      {
        name: "checkout-large-line",
        priority: 90,
        conditions: {
          all: [
            { condition: "agreement-applicable" },
            { fact: "context", operator: "equal", value: "checkout" },
            { fact: "line_amount", operator: "decimalGreaterThan", value: "5000" },
          ],
        },
        event: { type: "block.large_line", params: { message: "Lines over 5000 {{agreement_currency_code}} need a purchase order ({{line_amount}})." } },
      },
      {
        name: "nearly-exhausted",
        priority: 10,
        conditions: {
          all: [{ fact: "remaining_balance_after", operator: "decimalLessThan", value: { fact: "line_consumption" } }, { fact: "remaining_balance_after", operator: "decimalGreaterThanInclusive", value: "0" }],
        },
        event: { type: "warn.nearly_exhausted", params: { message: "Only {{remaining_balance_after}} {{balance_unit}} left after this line." } },
      },
    ])
    const rules = mergePolicyRules(DEFAULT_POLICY_RULES, admin)

    it("should keep a trusted merged set", () => {
      expect(isTrustedPolicyRules(rules)).toBe(true)
      expect(rules.map((r) => r.name)).toEqual([...DEFAULT_POLICY_RULES.map((r) => r.name), "checkout-large-line", "nearly-exhausted"])
    })

    it.each<[string, Parameters<typeof policyFacts>[0], string, string[], string[]]>([
      ["a clean add to cart", {}, "link", [], []],
      ["a large line at add to cart", { line: { quantity: "600" }, commitment: { max_enforced: false } }, "link", [], []],
      ["a large line at checkout", { context: "checkout", line: { quantity: "600" }, commitment: { max_enforced: false } }, "block", ["large_line"], []],
      ["a large line at checkout that is also unlinked", { context: "checkout", line: { quantity: "600" }, order: { currency_code: "usd" } }, "unlink", ["currency_mismatch", "max_enforced_exceeded"], []],
      ["a line using most of the balance", { balance: { ordered_quantity: "82" } }, "warn", [], ["nearly_exhausted"]],
      ["over the max with a default reason", { balance: { ordered_quantity: "95" } }, "unlink", ["max_enforced_exceeded"], []],
    ])("%s", async (_, over, outcome, reasons, warnings) => {
      const result = await evaluatePolicy(rules, policyFacts(over))
      expect(result.outcome).toBe(outcome)
      expect(result.reasons.map((r) => r.code)).toEqual(reasons)
      expect(result.warnings.map((w) => w.code)).toEqual(warnings)
    })

    it("should give the block message to the caller", async () => {
      const result = await evaluatePolicy(rules, policyFacts({ context: "checkout", line: { quantity: "600" }, commitment: { max_enforced: false } }))
      expect(result.reasons[0]).toEqual({
        rule: "checkout-large-line",
        code: "large_line",
        decision: "block",
        message: "Lines over 5000 eur need a purchase order (5700).",
        severity: "error",
      })
    })

    it("should let a later rule with the same name replace a default in place", async () => {
      const softer = validated([
        {
          name: "max-enforced-exceeded",
          priority: 50,
          conditions: { all: [{ condition: "max-enforced-would-exceed" }] },
          event: { type: "warn.max_enforced_exceeded", params: { message: "Over by {{remaining_balance_after}}" } },
        },
      ])
      const merged = mergePolicyRules(DEFAULT_POLICY_RULES, softer)
      expect(merged).toHaveLength(DEFAULT_POLICY_RULES.length)
      expect(merged[4]).toBe(softer[0])
      const result = await evaluatePolicy(merged, policyFacts({ balance: { ordered_quantity: "95" } }))
      expect(result).toMatchObject({ outcome: "warn", reasons: [], warnings: [{ code: "max_enforced_exceeded", message: "Over by -5" }] })
    })
  })

  it("should equal evaluateDefaultPolicy for the default set", async () => {
    const facts = policyFacts({ balance: { ordered_quantity: "99" }, commitment: { min_release_amount: "100" } })
    expect(await evaluateDefaultPolicy(facts)).toEqual(await evaluatePolicy(DEFAULT_POLICY_RULES, facts))
  })

  it("should validate a rule set it has not seen and reject it naming the problem", async () => {
    const bad = [{ ...ruleFactory(), conditions: { all: [{ fact: "remainig_quantity", operator: "equal", value: 1 }] } }]
    const error = await evaluatePolicy(bad, policyFacts()).catch((e) => e)
    expect(error).toBeInstanceOf(PolicyRulesInvalidError)
    expect(error.code).toBe("POLICY_RULES_INVALID")
    expect(error.errors).toEqual([{ path: "0.conditions.all.0.fact", message: 'unknown fact "remainig_quantity" (did you mean "remaining_quantity"?)' }])
  })

  it("should reject facts missing a fact a rule needs (allowUndefinedFacts: false)", async () => {
    const { exceeds_max: _omitted, ...facts } = policyFacts()
    const error = await evaluateDefaultPolicy(facts as PolicyFacts).catch((e) => e)
    expect(error).toBeInstanceOf(PolicyEvaluationError)
    expect(error.message).toContain("exceeds_max")
  })

  it("should keep working after a failed evaluation", async () => {
    const { exceeds_max: _omitted, ...facts } = policyFacts()
    await expect(evaluateDefaultPolicy(facts as PolicyFacts)).rejects.toThrow(PolicyEvaluationError)
    await expect(evaluateDefaultPolicy(policyFacts())).resolves.toMatchObject({ outcome: "link" })
  })

  describe("engine cache", () => {
    beforeEach(() => clearPolicyEngineCache())

    it("should reuse engines for the same set", async () => {
      await evaluateDefaultPolicy(policyFacts())
      const { enginesCreated } = getPolicyEngineCacheStats()
      for (let i = 0; i < 20; i++) {
        await evaluateDefaultPolicy(policyFacts())
      }
      expect(getPolicyEngineCacheStats().enginesCreated).toBe(enginesCreated)
    })

    it("should share one entry between equal rule sets, whatever their key order", async () => {
      const a = [ruleFactory({ name: "same-rule" })]
      const b = [JSON.parse(JSON.stringify(a[0]), (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))]
      expect(policyRulesHash(a)).toBe(policyRulesHash(b))
      await evaluatePolicy(a, policyFacts())
      await evaluatePolicy(b, policyFacts())
      expect(getPolicyEngineCacheStats().ruleSets).toBe(1)
    })

    it("should tell different rule sets apart", () => {
      const rule = ruleFactory()
      expect(policyRulesHash([rule])).not.toBe(policyRulesHash([{ ...rule, priority: 2 }]))
    })

    it("should not see later edits through a cached trusted set", async () => {
      const rules = validated([ruleFactory({ name: "editable", decision: "block" })])
      expect(() => {
        ;(rules[0].event as { type: string }).type = "link.x"
      }).toThrow(TypeError)
      expect((await evaluatePolicy(rules, policyFacts())).outcome).toBe("block")
    })
  })
})
