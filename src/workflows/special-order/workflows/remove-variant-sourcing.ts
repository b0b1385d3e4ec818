import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteVariantSourcingsStep,
  findVariantSourcingsStep,
  syncVariantManageInventoryStep,
  validateVendorExistsStep,
} from "../steps"

export type RemoveVariantSourcingWorkflowInput = { vendor_id: string; product_variant_ids: string[] }

export const removeVariantSourcingWorkflowId = "remove-variant-sourcing"

/**
 * Removes variants' sourcing from a vendor; the variants get their own
 * inventory setting back. Requisition lines already raised are kept.
 *
 * @example
 * await removeVariantSourcingWorkflow(container).run({ input: { vendor_id: "vend_123", product_variant_ids: ["variant_123"] } })
 */
export const removeVariantSourcingWorkflow = createWorkflow(
  removeVariantSourcingWorkflowId,
  (input: RemoveVariantSourcingWorkflowInput) => {
    validateVendorExistsStep({ id: input.vendor_id })
    const ids = findVariantSourcingsStep({ vendor_id: input.vendor_id, product_variant_ids: input.product_variant_ids })
    syncVariantManageInventoryStep({ sourcing_ids: ids, removing: true })
    deleteVariantSourcingsStep(ids)
    return new WorkflowResponse(ids)
  }
)
