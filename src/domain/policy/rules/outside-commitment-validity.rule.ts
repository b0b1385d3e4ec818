import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** The requested ship date must be inside the commitment validity (its own dates, else the header's). */
export const outsideCommitmentValidityRule: PolicyRule = {
  name: "outside-commitment-validity",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: { all: [{ fact: "ship_date_in_commitment_validity", operator: "equal", value: false }] },
  event: {
    type: "unlink.commitment_outside_validity",
    params: {
      message: "The requested ship date ({{requested_ship_date}}) is outside the validity of agreement line {{commitment_line_number}}.",
      severity: "error",
    },
  },
}
