import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** A line below the minimum release amount is linked with a warning (SPEC §5). */
export const belowMinReleaseAmountRule: PolicyRule = {
  name: "below-min-release-amount",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: { all: [{ fact: "below_min_release", operator: "equal", value: true }] },
  event: {
    type: "warn.below_min_release_amount",
    params: {
      message: "The line amount {{line_amount}} {{agreement_currency_code}} is below the minimum release amount {{min_release_amount}} of agreement line {{commitment_line_number}}.",
      severity: "warning",
    },
  },
}
