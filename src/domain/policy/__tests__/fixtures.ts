import { buildPolicyFacts, type PolicyFacts, type PolicyInput } from "../facts"
import type { PolicyRule } from "../types"

export type PolicyInputOverrides = {
  context?: PolicyInput["context"]
  now?: PolicyInput["now"]
  agreement?: Partial<PolicyInput["agreement"]>
  order?: Partial<PolicyInput["order"]>
  commitment?: Partial<PolicyInput["commitment"]>
  balance?: Partial<PolicyInput["balance"]>
  line?: Partial<PolicyInput["line"]>
}

/**
 * A line that links cleanly: effective EUR agreement for 2025, ship date 2025-06-10, quantity
 * commitment of 100 (max enforced) with 60 consumed, line of 10 at 9.50 (trade 12.00).
 */
export function policyInput(over: PolicyInputOverrides = {}): PolicyInput {
  return {
    context: over.context ?? "add_to_cart",
    now: "now" in over ? over.now : "2025-06-01T08:00:00.000Z",
    agreement: {
      id: "sa_1",
      status: "effective",
      currency_code: "eur",
      effective_date: "2025-01-01T00:00:00.000Z",
      expiration_date: "2025-12-31T23:59:59.999Z",
      ...over.agreement,
    },
    order: {
      currency_code: "eur",
      requested_ship_date: "2025-06-10T00:00:00.000Z",
      customer_id: "cus_1",
      ...over.order,
    },
    commitment: {
      id: "sacl_1",
      line_number: 3,
      commitment_type: "product_quantity",
      max_enforced: true,
      price_fixed: false,
      min_release_amount: null,
      max_release_amount: null,
      quantity: "100",
      amount: null,
      effective_date: null,
      expiration_date: null,
      ...over.commitment,
    },
    balance: {
      ordered_quantity: "60",
      ordered_amount: "0",
      returned_quantity: "0",
      returned_amount: "0",
      ...over.balance,
    },
    line: {
      quantity: "10",
      trade_unit_price: "12.00",
      agreement_unit_price: "9.50",
      price_overridden: false,
      ...over.line,
    },
  }
}

export function policyFacts(over: PolicyInputOverrides = {}): PolicyFacts {
  return buildPolicyFacts(policyInput(over))
}

/** A value commitment of 1000.00 with 999.99 consumed before returns (json-rules-engine rule-factory style). */
export const valueCommitment: PolicyInputOverrides = {
  commitment: { commitment_type: "value", quantity: null, amount: "1000.00" },
  balance: { ordered_quantity: "0", ordered_amount: "999.99", returned_quantity: "0", returned_amount: "0" },
}

export function merge(...parts: PolicyInputOverrides[]): PolicyInputOverrides {
  const out: PolicyInputOverrides = {}
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const k = key as keyof PolicyInputOverrides
      const prev = out[k]
      ;(out as Record<string, unknown>)[k] =
        value !== null && typeof value === "object" && prev !== null && typeof prev === "object" ? { ...prev, ...value } : value
    }
  }
  return out
}

let ruleSeq = 0

/** A valid rule that always fires for `context: "add_to_cart"` facts, with overrides. */
export function ruleFactory(over: Partial<PolicyRule> & { decision?: string; code?: string; message?: string } = {}): PolicyRule {
  ruleSeq++
  const { decision = "warn", code = `test_rule_${ruleSeq}`, message = `test rule ${ruleSeq}`, ...rest } = over
  return {
    name: `test-rule-${ruleSeq}`,
    priority: 1,
    conditions: { all: [{ fact: "context", operator: "equal", value: "add_to_cart" }] },
    event: { type: `${decision}.${code}` as PolicyRule["event"]["type"], params: { message } },
    ...rest,
  }
}
