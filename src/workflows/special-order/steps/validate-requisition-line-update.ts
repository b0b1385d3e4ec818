import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export type ValidateRequisitionLineUpdateStepInput = { id: string; vendor_id?: string }

export const validateRequisitionLineUpdateStepId = "validate-requisition-line-update"

/**
 * This step checks a worksheet change: the requisition line exists (404), is
 * still open (400: carried-out or canceled lines are history), and a new
 * vendor exists (404). Returns the new vendor's currency when it changes.
 */
export const validateRequisitionLineUpdateStep = createStep(
  validateRequisitionLineUpdateStepId,
  async (input: ValidateRequisitionLineUpdateStepInput, { container }) => {
    const service = specialOrderService(container)
    const [line] = await service.listRequisitionLines({ id: input.id }, { select: ["id", "status"] })
    if (!line) {
      throw specialOrderNotFound("Requisition line", input.id, SpecialOrderErrorCode.REQUISITION_LINE_NOT_FOUND)
    }
    if (line.status !== "open") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Requisition line (${input.id}) is ${line.status}: only open lines can be changed`,
        SpecialOrderErrorCode.REQUISITION_LINE_NOT_OPEN
      )
    }
    if (!input.vendor_id) {
      return new StepResponse<{ currency_code?: string }>({})
    }
    const [vendor] = await service.listVendors({ id: input.vendor_id }, { select: ["id", "currency_code"] })
    if (!vendor) {
      throw specialOrderNotFound("vendor_id: vendor", input.vendor_id, SpecialOrderErrorCode.VENDOR_NOT_FOUND)
    }
    return new StepResponse<{ currency_code?: string }>({ currency_code: vendor.currency_code })
  }
)
