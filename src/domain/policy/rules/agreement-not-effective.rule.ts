import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** Only an effective agreement that has not expired applies (SPEC §2). */
export const agreementNotEffectiveRule: PolicyRule = {
  name: "agreement-not-effective",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: { all: [{ fact: "agreement_effective", operator: "equal", value: false }] },
  event: {
    type: "unlink.agreement_not_effective",
    params: {
      message: "The agreement ({{agreement_id}}) is {{agreement_read_status}}, so this line gets no contract price.",
      severity: "error",
    },
  },
}
