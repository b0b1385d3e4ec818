import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** A line above the maximum release amount is linked with a warning (SPEC §5). */
export const aboveMaxReleaseAmountRule: PolicyRule = {
  name: "above-max-release-amount",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: { all: [{ fact: "above_max_release", operator: "equal", value: true }] },
  event: {
    type: "warn.above_max_release_amount",
    params: {
      message: "The line amount {{line_amount}} {{agreement_currency_code}} is above the maximum release amount {{max_release_amount}} of agreement line {{commitment_line_number}}.",
      severity: "warning",
    },
  },
}
