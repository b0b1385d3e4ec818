import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** The requested ship date must be inside the agreement validity (SPEC §2, §4). */
export const outsideAgreementValidityRule: PolicyRule = {
  name: "outside-agreement-validity",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: { all: [{ fact: "ship_date_in_agreement_validity", operator: "equal", value: false }] },
  event: {
    type: "unlink.outside_validity",
    params: {
      message: "The requested ship date ({{requested_ship_date}}) is outside the validity of the agreement.",
      severity: "error",
    },
  },
}
