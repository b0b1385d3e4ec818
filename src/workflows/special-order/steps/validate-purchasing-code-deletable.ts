import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export const validatePurchasingCodeDeletableStepId = "validate-purchasing-code-deletable"

/**
 * This step refuses to delete a purchasing code that variant sourcing or open
 * requisition lines still use, naming them.
 */
export const validatePurchasingCodeDeletableStep = createStep(
  validatePurchasingCodeDeletableStepId,
  async (input: { id: string }, { container }) => {
    const service = specialOrderService(container)
    const [sourcing, lines] = await Promise.all([
      service.listVariantSourcings({ purchasing_code_id: input.id }, { select: ["product_variant_id"] }),
      service.listRequisitionLines({ purchasing_code_id: input.id, status: "open" }, { select: ["id"] }),
    ])
    const problems: string[] = []
    if (sourcing.length) {
      problems.push(`the sourcing of variants (${sourcing.map((s) => s.product_variant_id).join(", ")})`)
    }
    if (lines.length) {
      problems.push(`open requisition lines (${lines.map((l) => l.id).join(", ")})`)
    }
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Purchasing code (${input.id}) cannot be deleted: it is used by ${problems.join(", ")}`,
        SpecialOrderErrorCode.PURCHASING_CODE_IN_USE
      )
    }
  }
)
