import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PrepareReleaseOrderInput, prepareReleaseOrderStep } from "../steps"

export const createReleaseOrderWorkflowId = "create-sales-agreement-release-order"

/**
 * Release order (SPEC §4): from an agreement, an admin creates an order for
 * its customer — a Medusa draft order already linked to the chosen
 * commitments, priced, and carrying the header terms and dimensions.
 * Converting it to an order consumes the commitments like a checkout.
 *
 * @example
 * await createReleaseOrderWorkflow(container).run({ input: { sales_agreement_id, items: [{ line_id, quantity: 20 }] } })
 */
export const createReleaseOrderWorkflow = createWorkflow(createReleaseOrderWorkflowId, (input: PrepareReleaseOrderInput) => {
  const order = prepareReleaseOrderStep(input)
  return new WorkflowResponse(createOrderWorkflow.runAsStep({ input: order as any }))
})
