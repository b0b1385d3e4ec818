import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode } from "../../../utils/special-order-errors"

export const validateVendorCurrencyStepId = "validate-vendor-currency"

/** This step checks that a vendor's currency is a currency Medusa knows (400 naming `currency_code`). */
export const validateVendorCurrencyStep = createStep(
  validateVendorCurrencyStepId,
  async (input: { currency_code?: string }, { container }) => {
    if (!input.currency_code) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "currency",
      fields: ["code"],
      filters: { code: input.currency_code.toLowerCase() },
    })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `currency_code: unknown currency (${input.currency_code})`,
        SpecialOrderErrorCode.INVALID
      )
    }
  }
)
