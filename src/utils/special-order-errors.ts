import { MedusaError } from "@medusajs/framework/utils"

/** Stable error codes of special orders, returned in the `code` of error responses. */
export const SpecialOrderErrorCode = {
  INVALID: "SPECIAL_ORDER_INVALID",
  VENDOR_NOT_FOUND: "SPECIAL_ORDER_VENDOR_NOT_FOUND",
  VENDOR_IN_USE: "SPECIAL_ORDER_VENDOR_IN_USE",
  PURCHASING_CODE_NOT_FOUND: "SPECIAL_ORDER_PURCHASING_CODE_NOT_FOUND",
  PURCHASING_CODE_TAKEN: "SPECIAL_ORDER_PURCHASING_CODE_TAKEN",
  PURCHASING_CODE_IN_USE: "SPECIAL_ORDER_PURCHASING_CODE_IN_USE",
  VARIANT_NOT_FOUND: "SPECIAL_ORDER_VARIANT_NOT_FOUND",
  VARIANT_SOURCED_ELSEWHERE: "SPECIAL_ORDER_VARIANT_SOURCED_ELSEWHERE",
  SOURCING_NOT_FOUND: "SPECIAL_ORDER_SOURCING_NOT_FOUND",
  ORDER_NOT_FOUND: "SPECIAL_ORDER_ORDER_NOT_FOUND",
  ORDER_LINE_NOT_FOUND: "SPECIAL_ORDER_ORDER_LINE_NOT_FOUND",
  ORDER_CANCELED: "SPECIAL_ORDER_ORDER_CANCELED",
  LINE_ON_PURCHASE_ORDER: "SPECIAL_ORDER_LINE_ON_PURCHASE_ORDER",
  LINE_RESERVED: "SPECIAL_ORDER_LINE_RESERVED",
  REQUISITION_LINE_NOT_FOUND: "SPECIAL_ORDER_REQUISITION_LINE_NOT_FOUND",
  REQUISITION_LINE_NOT_OPEN: "SPECIAL_ORDER_REQUISITION_LINE_NOT_OPEN",
  REQUISITION_LINE_NO_VENDOR: "SPECIAL_ORDER_REQUISITION_LINE_NO_VENDOR",
} as const

/** A 400 listing every field problem, each named by its field. */
export function throwSpecialOrderFieldErrors(errors: { field: string; message: string }[]): void {
  if (!errors.length) {
    return
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    errors.map((e) => `${e.field}: ${e.message}`).join("; "),
    SpecialOrderErrorCode.INVALID
  )
}

/** A 404 naming the entity and the id that was not found. */
export function specialOrderNotFound(what: string, ids: string | string[], code: string): MedusaError {
  const list = Array.isArray(ids) ? ids.join(", ") : ids
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} not found (${list})`, code)
}
