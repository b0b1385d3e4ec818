import { POLICY_CONDITIONS, POLICY_CONDITION_NAMES } from "../conditions"
import { POLICY_FACT_NAMES } from "../facts"
import {
  POLICY_RULE_LIMITS,
  PolicyRuleSchema,
  formatPolicyRuleErrors,
  validatePolicyRule,
  validatePolicyRules,
} from "../schema"
import { isTrustedPolicyRules } from "../trusted-rules"

/** A valid admin rule using every feature of the format. */
const validRule = () => ({
  name: "large-checkout-review",
  priority: 80,
  conditions: {
    all: [
      { condition: "agreement-applicable" },
      { fact: "context", operator: "in", value: ["checkout", "admin_order_change"] },
      { fact: "line_amount", operator: "decimalGreaterThanInclusive", value: "10000.00" },
      {
        any: [
          { fact: "line_amount_number", operator: "greaterThan", value: 20000 },
          { not: { fact: "customer_id", operator: "equal", value: null } },
          { fact: "remaining_balance_after", operator: "decimalLessThan", value: { fact: "line_consumption" }, name: "deep-draw" },
        ],
      },
      { fact: "max_enforced", operator: "notEqual", value: false },
      { fact: "commitment_line_number", operator: "lessThanInclusive", value: 10 },
    ],
  },
  event: {
    type: "block.large_checkout_review",
    params: { message: "Line {{line_amount}} on agreement line {{ commitment_line_number }} needs a review.", severity: "error" },
  },
})

type Json = Record<string, any>
const withRule = (edit: (r: Json) => void): Json => {
  const rule = validRule() as Json
  edit(rule)
  return rule
}
const leaf = (over: Json) => withRule((r) => (r.conditions = { all: [over] }))
const nest = (levels: number): Json => {
  let node: Json = { fact: "price_fixed", operator: "equal", value: true }
  for (let i = 0; i < levels; i++) {
    node = { all: [node] }
  }
  return node
}

describe("validatePolicyRule", () => {
  it("should accept a rule using every feature", () => {
    const result = validatePolicyRule(validRule())
    expect(result).toEqual({ rule: validRule() })
  })

  it("should default the priority to 1", () => {
    const result = validatePolicyRule(withRule((r) => delete r.priority))
    expect("rule" in result && result.rule.priority).toBe(1)
  })

  it("should accept each named condition and each decision", () => {
    for (const condition of POLICY_CONDITION_NAMES) {
      for (const decision of ["link", "unlink", "warn", "block"]) {
        const rule = withRule((r) => {
          r.conditions = { any: [{ condition }] }
          r.event.type = `${decision}.some_code`
        })
        expect(validatePolicyRule(rule)).toHaveProperty("rule")
      }
    }
  })

  it("should accept the shipped named conditions as rule conditions", () => {
    for (const conditions of Object.values(POLICY_CONDITIONS)) {
      expect(validatePolicyRule(withRule((r) => (r.conditions = conditions)))).toHaveProperty("rule")
    }
  })

  it.each<[string, Json | unknown, string, string]>([
    // shape
    ["a non-object rule", "rule", "", "must be a rule object"],
    ["a missing name", withRule((r) => delete r.name), "name", "is required"],
    ["a name that is not a slug", withRule((r) => (r.name = "Large Order")), "name", "must be a slug"],
    ["a too long name", withRule((r) => (r.name = "a".repeat(65))), "name", "at most 64"],
    ["priority 0", withRule((r) => (r.priority = 0)), "priority", "integer from 1 to 100"],
    ["priority 101", withRule((r) => (r.priority = 101)), "priority", "integer from 1 to 100"],
    ["a fractional priority", withRule((r) => (r.priority = 1.5)), "priority", "integer from 1 to 100"],
    ["an unknown rule property", withRule((r) => (r.onSuccess = "x")), "onSuccess", 'unknown property "onSuccess"'],
    ["missing conditions", withRule((r) => delete r.conditions), "conditions", "is required"],
    ["a leaf at the top", withRule((r) => (r.conditions = { fact: "price_fixed", operator: "equal", value: true })), "conditions", 'the top level must be "all", "any", "not" or "condition"'],
    ["all and any together", withRule((r) => (r.conditions = { all: [], any: [] })), "conditions", 'must have only one of "all", "any"'],
    ["an empty all", withRule((r) => (r.conditions = { all: [] })), "conditions.all", "non-empty list"],
    ["all as an object", withRule((r) => (r.conditions = { all: {} })), "conditions.all", "non-empty list"],
    ["not as a list", withRule((r) => (r.conditions = { not: [] })), "conditions.not", "must be one condition object"],
    ["a condition that is a string", withRule((r) => (r.conditions = { all: ["price_fixed"] })), "conditions.all.0", "must be a condition object"],
    ["a node with nothing known", withRule((r) => (r.conditions = { all: [{ operator: "equal" }] })), "conditions.all.0", 'must have one of "all", "any", "not", "condition", "fact"'],
    ["an unknown leaf property", leaf({ fact: "price_fixed", operator: "equal", value: true, params: {} }), "conditions.all.0.params", 'unknown property "params"'],
    ["a path on a flat fact", leaf({ fact: "price_fixed", operator: "equal", value: true, path: "$.x" }), "conditions.all.0.path", "not supported"],
    ["a missing value", leaf({ fact: "price_fixed", operator: "equal" }), "conditions.all.0.value", "is required"],
    ["a bad condition priority", leaf({ fact: "price_fixed", operator: "equal", value: true, priority: 0 }), "conditions.all.0.priority", "integer from 1 to 100"],
    // facts
    ["an unknown fact", leaf({ fact: "remainig_quantity", operator: "decimalLessThan", value: "1" }), "conditions.all.0.fact", 'unknown fact "remainig_quantity" (did you mean "remaining_quantity"?)'],
    ["a fact that is not a string", leaf({ fact: 3, operator: "equal", value: 1 }), "conditions.all.0.fact", "must be a fact name"],
    ["an unknown fact in a value reference", leaf({ fact: "line_amount", operator: "decimalLessThan", value: { fact: "budget" } }), "conditions.all.0.value.fact", 'unknown fact "budget"'],
    ["an unknown named condition", withRule((r) => (r.conditions = { all: [{ condition: "agreement-aplicable" }] })), "conditions.all.0.condition", 'unknown named condition "agreement-aplicable" (did you mean "agreement-applicable"?)'],
    // operators
    ["an unknown operator", leaf({ fact: "line_amount_number", operator: "greaterThen", value: 1 }), "conditions.all.0.operator", 'unknown operator "greaterThen" (did you mean "greaterThan"?)'],
    ["a decorated operator", leaf({ fact: "price_fixed", operator: "not:equal", value: true }), "conditions.all.0.operator", 'unknown operator "not:equal"'],
    ["a text comparison of decimals", leaf({ fact: "remaining_quantity", operator: "greaterThan", value: 1 }), "conditions.all.0.operator", 'use "decimalGreaterThan" or the fact "remaining_quantity_number"'],
    ["equal on a decimal", leaf({ fact: "line_amount", operator: "equal", value: "95" }), "conditions.all.0.operator", 'use "decimalEqual"'],
    ["in on a decimal", leaf({ fact: "line_amount", operator: "in", value: ["95"] }), "conditions.all.0.operator", 'use "decimalEqual"'],
    ["a decimal operator on a boolean", leaf({ fact: "price_fixed", operator: "decimalEqual", value: "1" }), "conditions.all.0.operator", 'needs a decimal or number fact; "price_fixed" is a boolean'],
    ["a numeric operator on text", leaf({ fact: "customer_id", operator: "lessThan", value: 3 }), "conditions.all.0.operator", 'needs a number fact; "customer_id" is a string'],
    ["contains on a single value", leaf({ fact: "customer_id", operator: "contains", value: "x" }), "conditions.all.0.operator", "needs a list fact"],
    // values
    ["a string for a boolean", leaf({ fact: "max_enforced", operator: "equal", value: "true" }), "conditions.all.0.value", 'must be true or false (fact "max_enforced" is a boolean)'],
    ["a value outside an enum", leaf({ fact: "context", operator: "equal", value: "checkot" }), "conditions.all.0.value", 'string "checkot" is not a value of fact "context" (expected one of "add_to_cart"'],
    ["a list item outside an enum", leaf({ fact: "commitment_type", operator: "notIn", value: ["value", "qty"] }), "conditions.all.0.value.1", 'string "qty" is not a value of fact "commitment_type"'],
    ["null for a never-null fact", leaf({ fact: "context", operator: "equal", value: null }), "conditions.all.0.value", 'fact "context" is never null'],
    ["a non-decimal for a decimal operator", leaf({ fact: "line_amount", operator: "decimalLessThan", value: "ten" }), "conditions.all.0.value", 'must be a decimal such as "12.50"'],
    ["a string for a number operator", leaf({ fact: "line_amount_number", operator: "lessThan", value: "10" }), "conditions.all.0.value", "must be a number"],
    ["in without a list", leaf({ fact: "context", operator: "in", value: "checkout" }), "conditions.all.0.value", "needs a list of values"],
    ["an empty in list", leaf({ fact: "context", operator: "in", value: [] }), "conditions.all.0.value", "must list 1 to 100 values"],
    ["a too long in list", leaf({ fact: "customer_id", operator: "in", value: Array.from({ length: 101 }, (_, i) => `cus_${i}`) }), "conditions.all.0.value", "must list 1 to 100 values"],
    ["a reference to a fact of another type", leaf({ fact: "max_enforced", operator: "equal", value: { fact: "customer_id" } }), "conditions.all.0.value", 'fact "customer_id" is a string, "max_enforced" is a boolean'],
    // limits
    [`nesting deeper than ${POLICY_RULE_LIMITS.maxDepth}`, withRule((r) => (r.conditions = nest(POLICY_RULE_LIMITS.maxDepth + 1))), "conditions.all.0.all.0.all.0.all.0.all.0.all", "nested deeper than 5 levels of all/any/not"],
    [
      `more than ${POLICY_RULE_LIMITS.maxConditions} conditions`,
      withRule((r) => (r.conditions = { any: Array.from({ length: 51 }, () => ({ fact: "price_fixed", operator: "equal", value: true })) })),
      "conditions",
      "has 51 conditions; at most 50 are allowed",
    ],
    // event
    ["a missing event", withRule((r) => delete r.event), "event", "is required"],
    ["an unknown decision", withRule((r) => (r.event.type = "deny.too_large")), "event.type", 'unknown decision "deny" (expected one of "block", "unlink", "warn", "link")'],
    ["a type without code", withRule((r) => (r.event.type = "block")), "event.type", 'must be "<decision>.<code>"'],
    ["a code that is not snake_case", withRule((r) => (r.event.type = "block.Too-Large")), "event.type", 'code "Too-Large" must be snake_case'],
    ["missing params", withRule((r) => delete r.event.params), "event.params", "is required"],
    ["a missing message", withRule((r) => delete r.event.params.message), "event.params.message", "is required"],
    ["an empty message", withRule((r) => (r.event.params.message = "")), "event.params.message", "must not be empty"],
    ["a too long message", withRule((r) => (r.event.params.message = "x".repeat(501))), "event.params.message", "at most 500"],
    ["an unknown placeholder", withRule((r) => (r.event.params.message = "Only {{remaining}} left")), "event.params.message", 'unknown fact "remaining" in placeholder {{remaining}}'],
    ["an unknown severity", withRule((r) => (r.event.params.severity = "fatal")), "event.params.severity", 'must be one of "info", "warning", "error"'],
    ["an unknown event property", withRule((r) => (r.event.params.code = 3)), "event.params.code", 'unknown property "code"'],
  ])("should reject %s", (_, rule, path, message) => {
    const result = validatePolicyRule(rule)
    expect(result).toHaveProperty("errors")
    const errors = "errors" in result ? result.errors : []
    expect(errors).toContainEqual({ path, message: expect.stringContaining(message) })
  })

  it("should accept exactly the depth and condition limits", () => {
    expect(validatePolicyRule(withRule((r) => (r.conditions = nest(POLICY_RULE_LIMITS.maxDepth))))).toHaveProperty("rule")
    const fifty = { any: Array.from({ length: 50 }, () => ({ fact: "price_fixed", operator: "equal", value: true })) }
    expect(validatePolicyRule(withRule((r) => (r.conditions = fifty)))).toHaveProperty("rule")
  })

  it("should report every problem at once", () => {
    const result = validatePolicyRule({
      name: "Bad Name",
      conditions: { all: [{ fact: "remainig_quantity", operator: "equal", value: 1 }, { fact: "context", operator: "like", value: "x" }] },
      event: { type: "deny.x", params: { message: "{{nope}}" } },
    })
    expect("errors" in result && result.errors.map((e) => e.path)).toEqual([
      "name",
      "conditions.all.0.fact",
      "conditions.all.1.operator",
      "event.type",
      "event.params.message",
    ])
  })

  it("should expose the same checks as a zod schema for HTTP validators", () => {
    const parsed = PolicyRuleSchema.safeParse(leaf({ fact: "remainig_quantity", operator: "equal", value: 1 }))
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["conditions", "all", 0, "fact"], message: expect.stringContaining("unknown fact") })
  })
})

describe("validatePolicyRules", () => {
  it("should return a trusted, deep-frozen copy", () => {
    const input = [validRule()]
    const result = validatePolicyRules(input)
    if (!("rules" in result)) {
      throw new Error(JSON.stringify(result.errors))
    }
    expect(result.rules).toEqual(input)
    expect(result.rules[0]).not.toBe(input[0])
    expect(Object.isFrozen(result.rules[0].conditions)).toBe(true)
    expect(Object.isFrozen(input[0].conditions)).toBe(false)
    expect(isTrustedPolicyRules(result.rules)).toBe(true)
    expect(isTrustedPolicyRules(input as never)).toBe(false)
  })

  it("should accept an empty set", () => {
    expect(validatePolicyRules([])).toEqual({ rules: [] })
  })

  it.each<[string, unknown, string, string]>([
    ["a non-list", { rules: [] }, "", "must be a list of rules"],
    ["errors prefixed with the rule index", [validRule(), leaf({ fact: "remainig_quantity", operator: "equal", value: 1 })], "1.conditions.all.0.fact", 'unknown fact "remainig_quantity"'],
    ["duplicate names", [validRule(), validRule()], "1.name", 'duplicate rule name "large-checkout-review" (also rule 0)'],
    ["too many rules", Array.from({ length: 101 }, (_, i) => withRule((r) => (r.name = `rule-${i}`))), "", "at most 100 rules"],
  ])("should reject %s", (_, rules, path, message) => {
    const result = validatePolicyRules(rules)
    expect("errors" in result && result.errors).toContainEqual({ path, message: expect.stringContaining(message) })
  })

  it("should format errors as `path: message`", () => {
    expect(
      formatPolicyRuleErrors([
        { path: "conditions.all.1.fact", message: 'unknown fact "remainig_quantity"' },
        { path: "", message: "must be a list of rules" },
      ])
    ).toBe('conditions.all.1.fact: unknown fact "remainig_quantity"; must be a list of rules')
  })

  it("should know every fact a placeholder may use", () => {
    const message = POLICY_FACT_NAMES.map((f) => `{{${f}}}`).join(" ").slice(0, 500).replace(/\{\{[^}]*$/, "")
    expect(validatePolicyRule(withRule((r) => (r.event.params.message = message)))).toHaveProperty("rule")
  })
})
