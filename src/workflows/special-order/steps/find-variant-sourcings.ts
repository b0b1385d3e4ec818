import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export type FindVariantSourcingsStepInput = {
  vendor_id: string
  /** only these variants (default: every variant of the vendor) */
  product_variant_ids?: string[]
}

export const findVariantSourcingsStepId = "find-variant-sourcings"

/** This step returns the ids of a vendor's sourcing; asked-for variants the vendor does not source → 404 naming them. */
export const findVariantSourcingsStep = createStep(
  findVariantSourcingsStepId,
  async (input: FindVariantSourcingsStepInput, { container }) => {
    const filters: Record<string, unknown> = { vendor_id: input.vendor_id }
    if (input.product_variant_ids) filters.product_variant_id = input.product_variant_ids
    const found = await specialOrderService(container).listVariantSourcings(filters, { select: ["id", "product_variant_id"] })
    const missing = (input.product_variant_ids ?? []).filter((id) => !found.some((s) => s.product_variant_id === id))
    if (missing.length) {
      throw specialOrderNotFound(
        `product_variant_id: sourcing from vendor (${input.vendor_id}) for variant`,
        missing,
        SpecialOrderErrorCode.SOURCING_NOT_FOUND
      )
    }
    return new StepResponse(found.map((s) => s.id))
  }
)
