import {
  DEFAULT_POLICY_RULES,
  mergePolicyRules,
  validatePolicyRules,
  type PolicyRule,
} from "../../domain/policy"
import type { AgreementWithBalances } from "../../types"

const MAX_CACHED_SETS = 200
const cache = new Map<string, readonly PolicyRule[]>()

/**
 * The rules deciding for one agreement: the defaults, replaced or extended by
 * global admin rules, then by the agreement's own (same name = replace). The
 * stored rules came with the agreement read (no extra query) and are validated
 * again on load; a stored set that no longer validates is ignored with a
 * warning rather than breaking checkout. Validated sets are cached by content.
 */
export function policyRulesFor(
  agreement: Pick<AgreementWithBalances, "id" | "policy_rules">,
  warn: (message: string) => void = console.warn
): readonly PolicyRule[] {
  const stored = agreement.policy_rules
  if (!stored?.length) {
    return DEFAULT_POLICY_RULES
  }
  const key = JSON.stringify(stored)
  const hit = cache.get(key)
  if (hit) {
    return hit
  }
  const byName = new Map<string, unknown>()
  for (const rule of stored) {
    byName.set(String((rule as { name?: unknown })?.name), rule)
  }
  const validated = validatePolicyRules([...byName.values()])
  if ("errors" in validated) {
    warn(
      `Stored policy rules for sales agreement (${agreement.id}) are invalid and were ignored: ${validated.errors
        .map((e) => `${e.path}: ${e.message}`)
        .join("; ")}`
    )
    return DEFAULT_POLICY_RULES
  }
  const merged = mergePolicyRules(DEFAULT_POLICY_RULES, validated.rules)
  if (cache.size >= MAX_CACHED_SETS) {
    cache.delete(cache.keys().next().value!)
  }
  cache.set(key, merged)
  return merged
}
