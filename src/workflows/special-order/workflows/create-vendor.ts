import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorInput } from "../../../types/special-order/workflows"
import { createVendorsStep, validateVendorCurrencyStep } from "../steps"

export type CreateVendorWorkflowInput = VendorInput

export const createVendorWorkflowId = "create-special-order-vendor"

/**
 * Creates a vendor: the supplier special-order and drop-shipment purchase
 * orders go to (name, email, currency of its prices, lead time in days).
 *
 * @example
 * const { result } = await createVendorWorkflow(container).run({
 *   input: { name: "Acme Supplies", email: "orders@acme.test", currency_code: "eur", lead_time_days: 5 },
 * })
 */
export const createVendorWorkflow = createWorkflow(createVendorWorkflowId, (input: CreateVendorWorkflowInput) => {
  validateVendorCurrencyStep({ currency_code: input.currency_code })
  const ids = createVendorsStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ ids }, ({ ids }) => ({ id: ids[0] })))
})
