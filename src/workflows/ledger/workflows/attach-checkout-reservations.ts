import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachCheckoutReservationsStep } from "../steps"

export const attachCheckoutReservationsWorkflowId = "attach-checkout-reservations"

/**
 * Once a linked cart became an order, its held balances become the order's
 * `ordered` movements. Run after checkout, on `order.placed` and by the
 * reconciliation: whichever comes first does it, the others find nothing left.
 *
 * @example
 * await attachCheckoutReservationsWorkflow(container).run({ input: { cart_id } })
 */
export const attachCheckoutReservationsWorkflow = createWorkflow(
  attachCheckoutReservationsWorkflowId,
  (input: { cart_id: string }) => new WorkflowResponse(attachCheckoutReservationsStep(input))
)
