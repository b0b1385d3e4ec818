import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export type ValidateCarryOutStepInput = {
  /** chosen requisition lines (default: every open line) */
  ids?: string[]
}

export type ValidateCarryOutStepOutput = {
  /** chosen lines that are no longer open (carried out or canceled meanwhile) */
  skipped: { id: string; status: string }[]
}

export const validateCarryOutStepId = "validate-carry-out"

/**
 * This step checks a carry-out before anything is written: chosen lines exist
 * (404 naming them), and no open line to carry out lacks a vendor (400 naming
 * them: a purchase order needs a vendor). Chosen lines that are not open are
 * reported as skipped.
 */
export const validateCarryOutStep = createStep(
  validateCarryOutStepId,
  async (input: ValidateCarryOutStepInput, { container }) => {
    const service = specialOrderService(container)
    const lines = await service.listRequisitionLines(
      input.ids ? { id: input.ids } : { status: "open" },
      { select: ["id", "status", "vendor_id"] }
    )
    if (input.ids) {
      const missing = input.ids.filter((id) => !lines.some((l) => l.id === id))
      if (missing.length) {
        throw specialOrderNotFound("ids: requisition line", missing, SpecialOrderErrorCode.REQUISITION_LINE_NOT_FOUND)
      }
    }
    const vendorless = lines.filter((l) => l.status === "open" && !l.vendor_id).map((l) => l.id)
    if (vendorless.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Requisition lines without a vendor cannot be carried out (${vendorless.join(", ")}): set vendor_id first`,
        SpecialOrderErrorCode.REQUISITION_LINE_NO_VENDOR
      )
    }
    const skipped = lines.filter((l) => l.status !== "open").map((l) => ({ id: l.id, status: l.status }))
    return new StepResponse<ValidateCarryOutStepOutput>({ skipped })
  }
)
