import type { PolicyRule } from "./types"

// Rule arrays known to be validated and deep-frozen: the evaluator caches them by identity
// (no JSON work per evaluation). Anything else is hashed and validated on first use.
const trusted = new WeakSet<readonly PolicyRule[]>()

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key])
    }
    Object.freeze(value)
  }
  return value
}

/** Deep-freezes a validated rule array and marks it as trusted; returns the same array. */
export function trustPolicyRules(rules: PolicyRule[]): readonly PolicyRule[] {
  deepFreeze(rules)
  trusted.add(rules)
  return rules
}

/** True for arrays returned by validatePolicyRules, mergePolicyRules of trusted sets, and DEFAULT_POLICY_RULES. */
export function isTrustedPolicyRules(rules: readonly PolicyRule[]): boolean {
  return trusted.has(rules)
}
