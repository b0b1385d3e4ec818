import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteVariantSourcingsStep,
  deleteVendorsStep,
  findVariantSourcingsStep,
  syncVariantManageInventoryStep,
  validateVendorDeletableStep,
  validateVendorExistsStep,
} from "../steps"

export type DeleteVendorWorkflowInput = { id: string }

export const deleteVendorWorkflowId = "delete-special-order-vendor"

/**
 * Deletes a vendor that has no open requisition lines and no purchase order
 * still in progress (400 naming them otherwise). Its variant sourcing goes
 * with it, giving those variants their own inventory setting back.
 *
 * @example
 * await deleteVendorWorkflow(container).run({ input: { id: "vend_123" } })
 */
export const deleteVendorWorkflow = createWorkflow(deleteVendorWorkflowId, (input: DeleteVendorWorkflowInput) => {
  validateVendorExistsStep({ id: input.id })
  validateVendorDeletableStep({ id: input.id })
  const sourcingIds = findVariantSourcingsStep({ vendor_id: input.id })
  syncVariantManageInventoryStep({ sourcing_ids: sourcingIds, removing: true })
  deleteVariantSourcingsStep(sourcingIds)
  deleteVendorsStep(transform({ input }, ({ input }) => [input.id]))
  return new WorkflowResponse({ id: input.id })
})
