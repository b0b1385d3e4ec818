import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decimalToString } from "../../../domain/money/decimal"
import type { VariantSourcingInput } from "../../../types/special-order/workflows"
import { specialOrderService } from "./service"

export const upsertVariantSourcingStepId = "upsert-variant-sourcing"

type Compensation = { created?: string; before?: Record<string, unknown> }

/**
 * This step creates the variant's sourcing, or updates it when the variant is
 * already sourced from this vendor. Compensation deletes what it created or
 * writes back the previous values.
 */
export const upsertVariantSourcingStep = createStep(
  upsertVariantSourcingStepId,
  async (input: VariantSourcingInput, { container }) => {
    const service = specialOrderService(container)
    const data = { ...input, unit_cost: decimalToString(input.unit_cost) }
    const [existing] = await service.listVariantSourcings(
      { product_variant_id: input.product_variant_id, vendor_id: input.vendor_id },
      { select: ["id", "vendor_sku", "unit_cost", "purchasing_code_id", "metadata"] }
    )
    if (existing) {
      const fields = Object.keys(input).filter((k) => k !== "vendor_id" && k !== "product_variant_id")
      const before: Record<string, unknown> = { id: existing.id }
      for (const f of fields) before[f] = (existing as any)[f]
      await service.updateVariantSourcings({ id: existing.id, ...data } as any)
      return new StepResponse(existing.id, { before } as Compensation)
    }
    const created = await service.createVariantSourcings(data as any)
    return new StepResponse(created.id, { created: created.id } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service = specialOrderService(container)
    if (compensation.created) {
      await service.deleteVariantSourcings([compensation.created])
    } else if (compensation.before) {
      await service.updateVariantSourcings(compensation.before as any)
    }
  }
)
