import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseCheckoutReservationsStep } from "../steps"

export const releaseCheckoutReservationsWorkflowId = "release-checkout-reservations"

/**
 * A checkout that did not produce an order gives back what it held.
 *
 * @example
 * await releaseCheckoutReservationsWorkflow(container).run({ input: { cart_id, entry_ids } })
 */
export const releaseCheckoutReservationsWorkflow = createWorkflow(
  releaseCheckoutReservationsWorkflowId,
  (input: { cart_id: string; entry_ids?: string[] }) => new WorkflowResponse(releaseCheckoutReservationsStep(input))
)
