import {
  createPolicyEngine,
  evaluatePolicy,
  getPolicyEngineCacheStats,
  mergePolicyRules,
  PolicyEvaluationError,
} from "../evaluate-policy"
import type { PolicyFacts } from "../facts"
import { DEFAULT_POLICY_RULES } from "../rules"
import { validatePolicyRules } from "../schema"
import type { PolicyDecision, PolicyRule } from "../types"
import { policyFacts } from "./fixtures"

jest.setTimeout(60_000)

const EVALUATIONS = 6_000

const admin = validatePolicyRules([
  {
    name: "checkout-large-line",
    priority: 90,
    conditions: { all: [{ fact: "context", operator: "equal", value: "checkout" }, { fact: "line_amount", operator: "decimalGreaterThan", value: "150" }] },
    event: { type: "block.large_line", params: { message: "Line {{line_amount}} blocked for {{commitment_id}}" } },
  },
  {
    name: "nearly-exhausted",
    priority: 10,
    conditions: { all: [{ fact: "remaining_balance_after", operator: "decimalLessThan", value: "5" }, { condition: "agreement-applicable" }] },
    event: { type: "warn.nearly_exhausted", params: { message: "{{remaining_balance_after}} left on {{commitment_id}}" } },
  },
  {
    name: "returns-need-review",
    priority: 70,
    conditions: { any: [{ all: [{ fact: "context", operator: "equal", value: "return" }, { fact: "returned_quantity_number", operator: "greaterThan", value: 3 }] }] },
    event: { type: "unlink.return_review", params: { message: "Return on {{commitment_id}} needs review" } },
  },
  {
    // fires on every evaluation and names its own input: a crossed decision would carry another id
    name: "trace",
    priority: 30,
    conditions: { not: { fact: "commitment_id", operator: "equal", value: "" } },
    event: { type: "link.trace", params: { message: "{{commitment_id}}" } },
  },
])
if ("errors" in admin) {
  throw new Error(JSON.stringify(admin.errors))
}
const WITH_ADMIN = mergePolicyRules(DEFAULT_POLICY_RULES, admin.rules)
const setFor = (i: number): readonly PolicyRule[] => (i % 3 === 0 ? DEFAULT_POLICY_RULES : WITH_ADMIN)

/** Deterministic, varied inputs so neighbouring evaluations reach different decisions. */
function factsFor(i: number): PolicyFacts {
  const contexts = ["add_to_cart", "cart_update", "checkout", "admin_order_change", "return", "preview"] as const
  return policyFacts({
    context: contexts[(i * 7) % contexts.length],
    agreement: { status: i % 19 === 0 ? "on_hold" : "effective" },
    order: { currency_code: i % 23 === 0 ? "usd" : "eur" },
    commitment: {
      id: `sacl_${i}`,
      line_number: i,
      max_enforced: i % 2 === 0,
      price_fixed: i % 5 === 0,
      min_release_amount: i % 11 === 0 ? "60" : null,
      max_release_amount: i % 13 === 0 ? "150" : null,
    },
    balance: { ordered_quantity: String(70 + (i % 31)), returned_quantity: String(i % 6) },
    line: { quantity: String(1 + (i % 17)), agreement_unit_price: `9.${i % 100}`, price_overridden: i % 4 === 0 },
  })
}

/** Starts the evaluation after i % 97 microtask turns, so runs overlap at every stage. */
async function staggered<T>(i: number, start: () => Promise<T>): Promise<T> {
  for (let k = 0; k < i % 97; k++) {
    await null
  }
  return start()
}

describe("evaluatePolicy under concurrency", () => {
  const facts = Array.from({ length: EVALUATIONS }, (_, i) => factsFor(i))
  let sequential: PolicyDecision[]

  beforeAll(async () => {
    sequential = []
    for (let i = 0; i < EVALUATIONS; i++) {
      sequential.push(await evaluatePolicy(setFor(i), facts[i]))
    }
  })

  it("should cover every outcome in the sample", () => {
    const outcomes = new Set(sequential.map((d) => d.outcome))
    expect([...outcomes].sort()).toEqual(["block", "link", "unlink", "warn"])
  })

  it(`should give ${EVALUATIONS} overlapping evaluations exactly their sequential decisions`, async () => {
    const before = getPolicyEngineCacheStats().enginesCreated
    const concurrent = await Promise.all(facts.map((f, i) => staggered(i, () => evaluatePolicy(setFor(i), f))))

    expect(concurrent).toHaveLength(EVALUATIONS)
    const mismatches = concurrent.flatMap((decision, i) => (JSON.stringify(decision) === JSON.stringify(sequential[i]) ? [] : [i]))
    expect(mismatches).toEqual([])

    const lostOrDuplicated: number[] = []
    const crossed: number[] = []
    for (const [i, decision] of concurrent.entries()) {
      const rules = setFor(i)
      if (decision.checked.map((c) => c.rule).join() !== rules.map((r) => r.name).join()) {
        lostOrDuplicated.push(i)
      }
      const trace = decision.reasons.filter((r) => r.rule === "trace").map((r) => r.message)
      if (trace.join() !== (rules === WITH_ADMIN ? `sacl_${i}` : "")) {
        crossed.push(i)
      }
    }
    expect(lostOrDuplicated).toEqual([])
    expect(crossed).toEqual([])
    // engines are pooled, not built per evaluation: at most 16 per rule set
    expect(getPolicyEngineCacheStats().enginesCreated - before).toBeLessThanOrEqual(32)
  })

  it("should keep serving the other evaluations when some of a burst fail", async () => {
    const broken = (i: number) => i % 250 === 7
    const inputs = facts.slice(0, 3_000).map((f, i) => {
      if (!broken(i)) {
        return f
      }
      const { exceeds_max: _dropped, ...rest } = f
      return rest as PolicyFacts
    })
    const settled = await Promise.allSettled(inputs.map((f, i) => staggered(i, () => evaluatePolicy(WITH_ADMIN, f))))
    const wrong = settled.flatMap((s, i) =>
      broken(i) === (s.status === "rejected" && s.reason instanceof PolicyEvaluationError) ? [] : [i]
    )
    expect(wrong).toEqual([])
    expect(settled.filter((s) => s.status === "rejected")).toHaveLength(inputs.filter((_, i) => broken(i)).length)
    const expected = await evaluatePolicy(WITH_ADMIN, facts[1])
    expect(settled[1]).toEqual({ status: "fulfilled", value: expected })
  })

  // The hazard the pool avoids (json-rules-engine 7.3.1 keeps run status on the engine): the same
  // staggered load on ONE shared engine leaves rules unevaluated. This also shows the test above
  // is able to detect lost decisions.
  it("should show that one shared engine loses rule evaluations under the same load", async () => {
    const engine = createPolicyEngine(WITH_ADMIN)
    const runs = await Promise.all(facts.slice(0, 2_000).map((f, i) => staggered(i, () => engine.run(f as unknown as Record<string, unknown>))))
    const incomplete = runs.filter((r) => r.results.length + r.failureResults.length !== WITH_ADMIN.length).length
    expect(incomplete).toBeGreaterThan(0)
  })
})
