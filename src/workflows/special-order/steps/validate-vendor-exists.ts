import { createStep } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export const validateVendorExistsStepId = "validate-vendor-exists"

/** This step fails with a 404 naming the vendor when it does not exist. */
export const validateVendorExistsStep = createStep(
  validateVendorExistsStepId,
  async (input: { id: string; field?: string }, { container }) => {
    const [vendor] = await specialOrderService(container).listVendors({ id: input.id }, { select: ["id"] })
    if (!vendor) {
      throw specialOrderNotFound(input.field ? `${input.field}: vendor` : "Vendor", input.id, SpecialOrderErrorCode.VENDOR_NOT_FOUND)
    }
  }
)
