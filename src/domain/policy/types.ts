import type { RuleProperties, TopLevelCondition } from "json-rules-engine"

/** What a policy rule decides when it fires, strongest first: block > unlink > warn > link. */
export const POLICY_DECISIONS = ["block", "unlink", "warn", "link"] as const
export type PolicyDecisionType = (typeof POLICY_DECISIONS)[number]

export const POLICY_SEVERITIES = ["info", "warning", "error"] as const
export type PolicySeverity = (typeof POLICY_SEVERITIES)[number]

/** `<decision>.<code>`, e.g. `unlink.max_enforced_exceeded`. */
export type PolicyEventType = `${PolicyDecisionType}.${string}`

export interface PolicyEvent {
  type: PolicyEventType
  params: {
    /** shown to the customer or admin; `{{fact_name}}` placeholders are filled from the facts */
    message: string
    severity?: PolicySeverity
  }
}

/**
 * One policy rule: json-rules-engine rule JSON with a stable `name`, a priority and a
 * `<decision>.<code>` event. Admin-written rules are checked by `validatePolicyRules`.
 */
export interface PolicyRule extends RuleProperties {
  /** stable id (slug), e.g. `max-enforced-exceeded` */
  name: string
  /** 1..100; higher is listed first among reasons of the same decision */
  priority: number
  conditions: TopLevelCondition
  event: PolicyEvent
}

/** Why a rule fired. */
export interface PolicyReason {
  rule: string
  code: string
  decision: PolicyDecisionType
  message: string
  severity: PolicySeverity
}

/** A fired `warn` rule. */
export interface PolicyWarning {
  rule: string
  code: string
  message: string
  severity: PolicySeverity
}

/** Every rule of the set, fired or not (from results and failureResults). */
export interface PolicyCheck {
  rule: string
  code: string
  decision: PolicyDecisionType
  fired: boolean
}

/**
 * The result of one evaluation. `outcome` is the strongest decision of the rules that fired
 * (block > unlink > warn > link; link when none fired). `reasons` lists every fired
 * block/unlink/link rule, strongest first (reasons[0] decided the outcome unless it is warn);
 * `warnings` lists every fired warn rule, whatever the outcome.
 */
export interface PolicyDecision {
  outcome: PolicyDecisionType
  reasons: PolicyReason[]
  warnings: PolicyWarning[]
  checked: PolicyCheck[]
}
