import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** On a price-fixed commitment the line price cannot differ from the agreement price (SPEC §5). */
export const priceFixedChangedRule: PolicyRule = {
  name: "price-fixed-changed",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: {
    all: [
      { fact: "price_fixed", operator: "equal", value: true },
      { fact: "price_overridden", operator: "equal", value: true },
    ],
  },
  event: {
    type: "unlink.price_fixed_changed",
    params: {
      message: "Agreement line {{commitment_line_number}} has a fixed price ({{agreement_unit_price}}); changing the line price removes the agreement link.",
      severity: "error",
    },
  },
}
