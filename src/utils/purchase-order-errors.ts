import { MedusaError } from "@medusajs/framework/utils"
import type { FieldError } from "../domain/types"

/** Stable error codes of purchase orders and the vendor API (the `code` of error responses). */
export const PurchaseOrderErrorCode = {
  INVALID: "PURCHASE_ORDER_INVALID",
  NOT_FOUND: "PURCHASE_ORDER_NOT_FOUND",
  VENDOR_NOT_FOUND: "PURCHASE_ORDER_VENDOR_NOT_FOUND",
  /** an action refused in the PO's status; the message names the from and to status */
  TRANSITION_NOT_ALLOWED: "PURCHASE_ORDER_TRANSITION_NOT_ALLOWED",
  /** the vendor secret is missing, wrong, expired or for another PO (never says which) */
  VENDOR_ACCESS_DENIED: "VENDOR_ACCESS_DENIED",
} as const

/** One 400 that lists every field problem, each named by its path. */
export function purchaseOrderFieldErrors(errors: FieldError[], context = "Invalid purchase order data"): MedusaError {
  const message = errors.map((e) => `${e.field}: ${e.message}`).join("; ")
  return new MedusaError(MedusaError.Types.INVALID_DATA, `${context}: ${message}`, PurchaseOrderErrorCode.INVALID)
}

/** The single answer of the vendor API to any secret that does not open the PO asked for. */
export function vendorAccessDenied(): MedusaError {
  return new MedusaError(
    MedusaError.Types.UNAUTHORIZED,
    "Vendor access denied: the purchase order link or token is not valid (it may have expired or been replaced). Ask the buyer to resend the purchase order.",
    PurchaseOrderErrorCode.VENDOR_ACCESS_DENIED
  )
}
