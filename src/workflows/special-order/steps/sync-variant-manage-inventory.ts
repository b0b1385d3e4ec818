import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decideManageInventory } from "../../../domain/special-orders/manage-inventory"
import { specialOrderService } from "./service"

export type SyncVariantManageInventoryStepInput = {
  sourcing_ids: string[]
  /** the sourcing is about to be deleted: give the variants their own setting back */
  removing?: boolean
}

type Before = {
  variants: { id: string; manage_inventory: boolean }[]
  sourcing: { id: string; previous_manage_inventory: boolean | null }[]
}

export const syncVariantManageInventoryStepId = "sync-variant-manage-inventory"

/**
 * This step keeps checkout from reserving stock for special-order items: a
 * variant whose sourcing has a default purchasing code gets
 * `manage_inventory: false` (its previous value kept on the sourcing); without
 * a code, or when the sourcing goes, the previous value is restored.
 * Compensation writes back both the variants and the sourcing.
 */
export const syncVariantManageInventoryStep = createStep(
  syncVariantManageInventoryStepId,
  async (input: SyncVariantManageInventoryStepInput, { container }) => {
    const before: Before = { variants: [], sourcing: [] }
    if (!input.sourcing_ids.length) {
      return new StepResponse(before, before)
    }
    const service = specialOrderService(container)
    const productModule = container.resolve(Modules.PRODUCT)
    const sourcing = await service.listVariantSourcings(
      { id: input.sourcing_ids },
      { select: ["id", "product_variant_id", "purchasing_code_id", "previous_manage_inventory"] }
    )
    const variants = await productModule.listProductVariants(
      { id: sourcing.map((s) => s.product_variant_id) },
      { select: ["id", "manage_inventory"] }
    )
    const current = new Map(variants.map((v) => [v.id, !!v.manage_inventory]))
    for (const s of sourcing) {
      const now = current.get(s.product_variant_id)
      if (now === undefined) continue
      const decision = decideManageInventory({
        current: now,
        previous: s.previous_manage_inventory ?? null,
        has_code: !input.removing && !!s.purchasing_code_id,
      })
      if (decision.set_manage_inventory !== undefined) {
        before.variants.push({ id: s.product_variant_id, manage_inventory: now })
        await productModule.updateProductVariants(s.product_variant_id, { manage_inventory: decision.set_manage_inventory })
      }
      if (decision.previous !== (s.previous_manage_inventory ?? null)) {
        before.sourcing.push({ id: s.id, previous_manage_inventory: s.previous_manage_inventory ?? null })
        await service.updateVariantSourcings({ id: s.id, previous_manage_inventory: decision.previous })
      }
    }
    return new StepResponse(before, before)
  },
  async (before, { container }) => {
    if (!before?.variants.length && !before?.sourcing.length) return
    const productModule = container.resolve(Modules.PRODUCT)
    for (const v of before.variants) {
      await productModule.updateProductVariants(v.id, { manage_inventory: v.manage_inventory })
    }
    if (before.sourcing.length) {
      await specialOrderService(container).updateVariantSourcings(before.sourcing)
    }
  }
)
