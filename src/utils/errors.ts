import { MedusaError } from "@medusajs/framework/utils"
import type { FieldError } from "../domain/types"

/** Stable error codes returned in the `code` of error responses. */
export const SalesAgreementErrorCode = {
  INVALID: "SALES_AGREEMENT_INVALID",
  NOT_FOUND: "SALES_AGREEMENT_NOT_FOUND",
  LINE_NOT_FOUND: "SALES_AGREEMENT_LINE_NOT_FOUND",
  VERSION_NOT_FOUND: "SALES_AGREEMENT_VERSION_NOT_FOUND",
  REFERENCE_NOT_FOUND: "SALES_AGREEMENT_REFERENCE_NOT_FOUND",
  UNKNOWN_CURRENCY: "SALES_AGREEMENT_UNKNOWN_CURRENCY",
  NUMBER_TAKEN: "SALES_AGREEMENT_NUMBER_TAKEN",
  TRANSITION_NOT_ALLOWED: "SALES_AGREEMENT_TRANSITION_NOT_ALLOWED",
  NOT_DRAFT: "SALES_AGREEMENT_NOT_DRAFT",
  CLOSED: "SALES_AGREEMENT_CLOSED",
  LINE_HAS_LEDGER_ENTRIES: "SALES_AGREEMENT_LINE_HAS_LEDGER_ENTRIES",
  CURRENCY_LOCKED: "SALES_AGREEMENT_CURRENCY_LOCKED",
  CUSTOMER_LOCKED: "SALES_AGREEMENT_CUSTOMER_LOCKED",
  NOT_APPLICABLE: "SALES_AGREEMENT_NOT_APPLICABLE",
  POLICY_BLOCKED: "SALES_AGREEMENT_POLICY_BLOCKED",
  CART_NOT_OWNED: "SALES_AGREEMENT_CART_NOT_OWNED",
  PRICE_CHANGED: "SALES_AGREEMENT_PRICE_CHANGED",
  INVALID_POLICY: "SALES_AGREEMENT_INVALID_POLICY",
  POLICY_NAME_TAKEN: "SALES_AGREEMENT_POLICY_NAME_TAKEN",
  POLICY_NOT_FOUND: "SALES_AGREEMENT_POLICY_NOT_FOUND",
} as const

/** Throws one 400 that lists every field problem, each named by its path. */
export function throwFieldErrors(
  errors: FieldError[],
  code: string = SalesAgreementErrorCode.INVALID
): void {
  if (!errors.length) {
    return
  }
  const message = errors.map((e) => `${e.field}: ${e.message}`).join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid sales agreement data: ${message}`, code)
}
