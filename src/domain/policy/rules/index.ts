import type { PolicyRule } from "../types"
import { trustPolicyRules } from "../trusted-rules"
import { aboveMaxReleaseAmountRule } from "./above-max-release-amount.rule"
import { agreementNotEffectiveRule } from "./agreement-not-effective.rule"
import { belowMinReleaseAmountRule } from "./below-min-release-amount.rule"
import { currencyMismatchRule } from "./currency-mismatch.rule"
import { maxEnforcedExceededRule } from "./max-enforced-exceeded.rule"
import { outsideAgreementValidityRule } from "./outside-agreement-validity.rule"
import { outsideCommitmentValidityRule } from "./outside-commitment-validity.rule"
import { priceFixedChangedRule } from "./price-fixed-changed.rule"

export * from "./priority"
export {
  aboveMaxReleaseAmountRule,
  agreementNotEffectiveRule,
  belowMinReleaseAmountRule,
  currencyMismatchRule,
  maxEnforcedExceededRule,
  outsideAgreementValidityRule,
  outsideCommitmentValidityRule,
  priceFixedChangedRule,
}

// Reason order: applicability first, then balance, price, release range.
const defaults: PolicyRule[] = [
  agreementNotEffectiveRule,
  currencyMismatchRule,
  outsideAgreementValidityRule,
  outsideCommitmentValidityRule,
  maxEnforcedExceededRule,
  priceFixedChangedRule,
  belowMinReleaseAmountRule,
  aboveMaxReleaseAmountRule,
]

/** The shipped policy set (SPEC §5), deep-frozen; evaluatePolicy caches its engines by identity. */
export const DEFAULT_POLICY_RULES: readonly PolicyRule[] = trustPolicyRules(structuredClone(defaults))
