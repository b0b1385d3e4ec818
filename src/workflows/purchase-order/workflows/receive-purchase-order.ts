import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderEvents } from "../../../utils/special-order-events"
import {
  markOrderLinesReadyStep,
  planPurchaseOrderReceiptStep,
  retrievePurchaseOrderStep,
  updatePurchaseOrderLinesStep,
  updatePurchaseOrdersStep,
  validatePurchaseOrderTransitionStep,
} from "../steps"
import { createLockOwnerStep } from "../../locking/steps"
import { PURCHASE_ORDER_LOCK, purchaseOrderLockKey } from "./lock"

export type ReceivePurchaseOrderWorkflowInput = {
  id: string
  /** PO lines and the quantity received now (integer > 0, at most what is still expected) */
  lines: { id: string; quantity: number }[]
}

export const receivePurchaseOrderWorkflowId = "receive-purchase-order"

/**
 * Records goods received in the warehouse against a PO, in part or in full.
 * The PO becomes partially_received or received; each linked sales order line
 * is marked on the order (line item metadata `special_order`, status
 * `ready_to_fulfil` once its line is received in full). Emits
 * `purchase_order.received`. Serialised per PO, so concurrent receipts can
 * never receive more than ordered.
 *
 * @example
 * await receivePurchaseOrderWorkflow(container).run({ input: { id: "po_123", lines: [{ id: "pol_1", quantity: 2 }] } })
 */
export const receivePurchaseOrderWorkflow = createWorkflow(
  receivePurchaseOrderWorkflowId,
  (input: ReceivePurchaseOrderWorkflowInput) => {
    const lock = createLockOwnerStep(transform({ input }, ({ input }) => ({ key: purchaseOrderLockKey(input.id) })))
    acquireLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id, ...PURCHASE_ORDER_LOCK })))
    const po = retrievePurchaseOrderStep({ id: input.id })
    validatePurchaseOrderTransitionStep(
      transform({ po }, ({ po }) => ({ number: po.number, status: po.status, action: "receive" as const }))
    )
    const plan = planPurchaseOrderReceiptStep(transform({ po, input }, ({ po, input }) => ({ purchase_order: po, lines: input.lines })))
    updatePurchaseOrderLinesStep(
      transform({ plan }, ({ plan }) => plan.lines.map((l) => ({ id: l.id, quantity_received: l.quantity_received })))
    )
    updatePurchaseOrdersStep(
      transform({ po, plan }, ({ po, plan }) => {
        const metadata = (po.metadata ?? {}) as Record<string, unknown>
        const receipts = Array.isArray(metadata.receipts) ? metadata.receipts : []
        return {
          id: po.id,
          status: plan.status,
          received_at: plan.status === "received" ? new Date(plan.received_at) : null,
          metadata: {
            ...metadata,
            receipts: [...receipts, { received_at: plan.received_at, lines: plan.lines.map((l) => ({ id: l.id, quantity: l.quantity_now })) }],
          },
        }
      })
    )
    markOrderLinesReadyStep(
      transform({ po, plan }, ({ po, plan }) => ({
        purchase_order: { id: po.id, number: po.number },
        received_at: plan.received_at,
        lines: plan.lines,
      }))
    )
    const event = transform({ po, plan }, ({ po, plan }) => ({
      id: po.id,
      number: po.number,
      status: plan.status,
      lines: plan.lines.map((l) => ({
        id: l.id,
        order_id: l.order_id,
        order_line_item_id: l.order_line_item_id,
        quantity_received: l.quantity_received,
        ready_to_fulfil: l.ready_to_fulfil,
      })),
    }))
    emitEventStep({ eventName: SpecialOrderEvents.PURCHASE_ORDER_RECEIVED, data: event })
    releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id })))
    return new WorkflowResponse(event)
  }
)
