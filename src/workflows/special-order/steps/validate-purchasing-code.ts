import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export const validatePurchasingCodeStepId = "validate-purchasing-code"

/** This step checks that a purchasing code's `code` is not used by another live code (400 naming it). */
export const validatePurchasingCodeStep = createStep(
  validatePurchasingCodeStepId,
  async (input: { id?: string; code?: string }, { container }) => {
    if (!input.code) return
    const taken = await specialOrderService(container).listPurchasingCodes({ code: input.code }, { select: ["id"] })
    if (taken.some((t) => t.id !== input.id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `code: purchasing code (${input.code}) already exists`,
        SpecialOrderErrorCode.PURCHASING_CODE_TAKEN
      )
    }
  }
)
