import {
  beginOrderEditOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  requestOrderEditRequestWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachCheckoutReservationsWorkflow } from "../../ledger/workflows/attach-checkout-reservations"
import { unlinkOrderLinesStep } from "../steps"

export type UnlinkOrderLinesWorkflowInput = {
  order_id: string
  item_ids: string[]
  /** reprice the lines at the trade price they were priced against (through a Medusa order edit) */
  recalculate_price: boolean
  created_by?: string
}

export const unlinkOrderLinesWorkflowId = "unlink-sales-agreement-order-lines"

/**
 * An admin removes order lines from their agreement (SPEC §4): they stop
 * contributing (the ledger gets the reversal when the order is reconciled on
 * `order.updated`), and, if the admin chooses, go back to the trade price
 * through an order edit so totals and payments stay consistent.
 *
 * @example
 * await unlinkOrderLinesWorkflow(container).run({ input: { order_id, item_ids: [id], recalculate_price: true } })
 */
export const unlinkOrderLinesWorkflow = createWorkflow(unlinkOrderLinesWorkflowId, (input: UnlinkOrderLinesWorkflowInput) => {
  // the checkout is settled just after its response: attach what it held
  // before the lines lose the link the attachment matches them by
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "cart.id"],
    filters: { id: input.order_id },
  }).config({ name: "get-order-cart" })
  const cart = transform({ orders }, ({ orders }) => ({ cart_id: ((orders[0] as any)?.cart?.id ?? null) as string | null }))
  when({ cart }, ({ cart }) => !!cart.cart_id).then(() => {
    attachCheckoutReservationsWorkflow.runAsStep({ input: cart as { cart_id: string } })
  })
  const lines = unlinkOrderLinesStep({ order_id: input.order_id, item_ids: input.item_ids, reason: "admin_unlinked" })
  when({ input }, ({ input }) => input.recalculate_price).then(() => {
    beginOrderEditOrderWorkflow.runAsStep({ input: { order_id: input.order_id, created_by: input.created_by } })
    orderEditUpdateItemQuantityWorkflow.runAsStep({
      input: transform({ input, lines }, ({ input, lines }) => ({
        order_id: input.order_id,
        items: lines
          .filter((l) => l.trade_unit_price !== null)
          .map((l) => ({ id: l.id, quantity: l.quantity, unit_price: Number(l.trade_unit_price) })),
      })) as any,
    })
    requestOrderEditRequestWorkflow.runAsStep({ input: { order_id: input.order_id, requested_by: input.created_by } as any })
    confirmOrderEditRequestWorkflow.runAsStep({ input: { order_id: input.order_id, confirmed_by: input.created_by } as any })
  })
  return new WorkflowResponse(lines)
})
