import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** A max-enforced commitment cannot be exceeded: the line is not linked and keeps its trade price (SPEC §5). */
export const maxEnforcedExceededRule: PolicyRule = {
  name: "max-enforced-exceeded",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: {
    all: [
      { fact: "max_enforced", operator: "equal", value: true },
      { fact: "exceeds_max", operator: "equal", value: true },
    ],
  },
  event: {
    type: "unlink.max_enforced_exceeded",
    params: {
      message: "Agreement line {{commitment_line_number}} has {{remaining_balance}} {{balance_unit}} remaining; this line needs {{line_consumption}} {{balance_unit}}.",
      severity: "error",
    },
  },
}
