import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchasingCodeInput } from "../../../types/special-order/workflows"
import { updatePurchasingCodesStep, validatePurchasingCodeExistsStep, validatePurchasingCodeStep } from "../steps"

export type UpdatePurchasingCodeWorkflowInput = { id: string } & Partial<PurchasingCodeInput>

export const updatePurchasingCodeWorkflowId = "update-purchasing-code"

/**
 * Changes a purchasing code (its code stays unique). Requisition lines already
 * raised keep the kind they were raised with.
 *
 * @example
 * await updatePurchasingCodeWorkflow(container).run({ input: { id: "pcode_123", description: "Bought per order" } })
 */
export const updatePurchasingCodeWorkflow = createWorkflow(
  updatePurchasingCodeWorkflowId,
  (input: UpdatePurchasingCodeWorkflowInput) => {
    validatePurchasingCodeExistsStep({ id: input.id })
    validatePurchasingCodeStep({ id: input.id, code: input.code })
    return new WorkflowResponse(updatePurchasingCodesStep(input))
  }
)
