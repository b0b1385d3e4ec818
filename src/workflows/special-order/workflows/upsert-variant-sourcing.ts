import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VariantSourcingInput } from "../../../types/special-order/workflows"
import { syncVariantManageInventoryStep, upsertVariantSourcingStep, validateVariantSourcingStep } from "../steps"

export type UpsertVariantSourcingWorkflowInput = VariantSourcingInput

export const upsertVariantSourcingWorkflowId = "upsert-variant-sourcing"

/**
 * Sets where a variant is bought: its vendor, the vendor's SKU, the unit cost
 * and its default purchasing code. With a default code the variant is a
 * special-order item: its `manage_inventory` is turned off so checkout neither
 * checks nor reserves stock for it (the previous value is restored when the
 * code is cleared or the sourcing removed).
 *
 * @example
 * await upsertVariantSourcingWorkflow(container).run({
 *   input: { vendor_id: "vend_123", product_variant_id: "variant_123", vendor_sku: "AC-1", unit_cost: "12.50", purchasing_code_id: "pcode_123" },
 * })
 */
export const upsertVariantSourcingWorkflow = createWorkflow(
  upsertVariantSourcingWorkflowId,
  (input: UpsertVariantSourcingWorkflowInput) => {
    validateVariantSourcingStep(input)
    const id = upsertVariantSourcingStep(input)
    syncVariantManageInventoryStep(transform({ id }, ({ id }) => ({ sourcing_ids: [id] })))
    return new WorkflowResponse(transform({ id }, ({ id }) => ({ id })))
  }
)
