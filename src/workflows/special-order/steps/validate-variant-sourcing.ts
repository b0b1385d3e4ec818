import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export type ValidateVariantSourcingStepInput = {
  vendor_id: string
  product_variant_id: string
  purchasing_code_id?: string | null
}

export const validateVariantSourcingStepId = "validate-variant-sourcing"

/**
 * This step checks a variant sourcing before it is written: the vendor, the
 * variant and the purchasing code exist (404 naming the missing id), and the
 * variant is not already sourced from another vendor (one sourcing per variant).
 */
export const validateVariantSourcingStep = createStep(
  validateVariantSourcingStepId,
  async (input: ValidateVariantSourcingStepInput, { container }) => {
    const service = specialOrderService(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [[vendor], { data: variants }, codes, [existing]] = await Promise.all([
      service.listVendors({ id: input.vendor_id }, { select: ["id"] }),
      query.graph({ entity: "product_variant", fields: ["id"], filters: { id: input.product_variant_id } }),
      input.purchasing_code_id
        ? service.listPurchasingCodes({ id: input.purchasing_code_id }, { select: ["id"] })
        : Promise.resolve([{ id: null }]),
      service.listVariantSourcings({ product_variant_id: input.product_variant_id }, { select: ["id", "vendor_id"] }),
    ])
    if (!vendor) {
      throw specialOrderNotFound("Vendor", input.vendor_id, SpecialOrderErrorCode.VENDOR_NOT_FOUND)
    }
    if (!variants.length) {
      throw specialOrderNotFound("product_variant_id: product variant", input.product_variant_id, SpecialOrderErrorCode.VARIANT_NOT_FOUND)
    }
    if (!codes.length) {
      throw specialOrderNotFound("purchasing_code_id: purchasing code", input.purchasing_code_id!, SpecialOrderErrorCode.PURCHASING_CODE_NOT_FOUND)
    }
    if (existing && existing.vendor_id !== input.vendor_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `product_variant_id: variant (${input.product_variant_id}) is already sourced from vendor (${existing.vendor_id}); remove that sourcing first`,
        SpecialOrderErrorCode.VARIANT_SOURCED_ELSEWHERE
      )
    }
  }
)
