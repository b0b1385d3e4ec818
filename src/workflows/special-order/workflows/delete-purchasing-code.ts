import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePurchasingCodesStep, validatePurchasingCodeDeletableStep, validatePurchasingCodeExistsStep } from "../steps"

export type DeletePurchasingCodeWorkflowInput = { id: string }

export const deletePurchasingCodeWorkflowId = "delete-purchasing-code"

/**
 * Deletes a purchasing code that no variant sourcing and no open requisition
 * line uses (400 naming them otherwise).
 *
 * @example
 * await deletePurchasingCodeWorkflow(container).run({ input: { id: "pcode_123" } })
 */
export const deletePurchasingCodeWorkflow = createWorkflow(
  deletePurchasingCodeWorkflowId,
  (input: DeletePurchasingCodeWorkflowInput) => {
    validatePurchasingCodeExistsStep({ id: input.id })
    validatePurchasingCodeDeletableStep({ id: input.id })
    deletePurchasingCodesStep(transform({ input }, ({ input }) => [input.id]))
    return new WorkflowResponse({ id: input.id })
  }
)
