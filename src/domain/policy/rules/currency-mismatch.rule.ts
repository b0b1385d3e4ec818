import type { PolicyRule } from "../types"
import { DEFAULT_RULE_PRIORITY } from "./priority"

/** Only carts/orders in the agreement currency can link (SPEC §2). */
export const currencyMismatchRule: PolicyRule = {
  name: "currency-mismatch",
  priority: DEFAULT_RULE_PRIORITY,
  conditions: { all: [{ fact: "currency_matches", operator: "equal", value: false }] },
  event: {
    type: "unlink.currency_mismatch",
    params: {
      message: "The agreement is in {{agreement_currency_code}} but the cart is in {{order_currency_code}}.",
      severity: "error",
    },
  },
}
