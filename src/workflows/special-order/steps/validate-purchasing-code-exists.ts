import { createStep } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export const validatePurchasingCodeExistsStepId = "validate-purchasing-code-exists"

/** This step fails with a 404 naming the purchasing code (and the field) when it does not exist. */
export const validatePurchasingCodeExistsStep = createStep(
  validatePurchasingCodeExistsStepId,
  async (input: { id?: string | null; field?: string }, { container }) => {
    if (!input.id) return
    const [code] = await specialOrderService(container).listPurchasingCodes({ id: input.id }, { select: ["id"] })
    if (!code) {
      throw specialOrderNotFound(
        input.field ? `${input.field}: purchasing code` : "Purchasing code",
        input.id,
        SpecialOrderErrorCode.PURCHASING_CODE_NOT_FOUND
      )
    }
  }
)
