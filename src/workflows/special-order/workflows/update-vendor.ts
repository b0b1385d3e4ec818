import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorInput } from "../../../types/special-order/workflows"
import { updateVendorsStep, validateVendorCurrencyStep, validateVendorExistsStep } from "../steps"

export type UpdateVendorWorkflowInput = { id: string } & Partial<VendorInput>

export const updateVendorWorkflowId = "update-special-order-vendor"

/**
 * Changes a vendor. Lead time and currency changes apply to purchase requests
 * raised from now on; existing requisition lines keep their due dates.
 *
 * @example
 * await updateVendorWorkflow(container).run({ input: { id: "vend_123", lead_time_days: 7 } })
 */
export const updateVendorWorkflow = createWorkflow(updateVendorWorkflowId, (input: UpdateVendorWorkflowInput) => {
  validateVendorExistsStep({ id: input.id })
  validateVendorCurrencyStep({ currency_code: input.currency_code })
  return new WorkflowResponse(updateVendorsStep(input))
})
