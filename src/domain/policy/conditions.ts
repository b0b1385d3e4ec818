import type { TopLevelCondition } from "json-rules-engine"

/**
 * Named conditions registered on every policy engine (engine.setCondition); a rule refers
 * to one with `{ "condition": "agreement-applicable" }`.
 */
export const POLICY_CONDITIONS: Readonly<Record<string, TopLevelCondition>> = Object.freeze({
  /** the line could link: effective agreement, same currency, ship date inside both validities */
  "agreement-applicable": {
    all: [
      { fact: "agreement_effective", operator: "equal", value: true },
      { fact: "currency_matches", operator: "equal", value: true },
      { fact: "ship_date_in_agreement_validity", operator: "equal", value: true },
      { fact: "ship_date_in_commitment_validity", operator: "equal", value: true },
    ],
  },
  /** the line amount is inside the commitment's release range (or it has none) */
  "release-amount-in-range": {
    all: [
      { fact: "below_min_release", operator: "equal", value: false },
      { fact: "above_max_release", operator: "equal", value: false },
    ],
  },
  /** a max-enforced commitment whose remaining balance this line would exceed */
  "max-enforced-would-exceed": {
    all: [
      { fact: "max_enforced", operator: "equal", value: true },
      { fact: "exceeds_max", operator: "equal", value: true },
    ],
  },
})

/** Names a rule may reference with `{ "condition": name }`. */
export const POLICY_CONDITION_NAMES: readonly string[] = Object.freeze(Object.keys(POLICY_CONDITIONS))
