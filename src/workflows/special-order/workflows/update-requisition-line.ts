import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateRequisitionLinesStep, validateRequisitionLineUpdateStep } from "../steps"

export type UpdateRequisitionLineWorkflowInput = {
  id: string
  vendor_id?: string
  quantity?: number
  due_date?: string | Date
  /** exact decimal ≥ 0, in the vendor's currency */
  unit_cost?: string
}

export const updateRequisitionLineWorkflowId = "update-requisition-line"

/**
 * Business meaning: on the worksheet, before carrying out, an admin may change
 * a purchase request's vendor (its currency follows), quantity, due date or
 * unit cost. Only open lines change.
 *
 * @example
 * await updateRequisitionLineWorkflow(container).run({ input: { id: "reql_123", vendor_id: "vend_456", quantity: 3 } })
 */
export const updateRequisitionLineWorkflow = createWorkflow(
  updateRequisitionLineWorkflowId,
  (input: UpdateRequisitionLineWorkflowInput) => {
    const vendor = validateRequisitionLineUpdateStep({ id: input.id, vendor_id: input.vendor_id })
    const update = transform({ input, vendor }, ({ input, vendor }) => ({
      ...input,
      ...(vendor.currency_code ? { currency_code: vendor.currency_code } : {}),
    }))
    return new WorkflowResponse(updateRequisitionLinesStep(update))
  }
)
