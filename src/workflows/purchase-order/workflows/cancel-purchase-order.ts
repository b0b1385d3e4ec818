import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  reopenRequisitionLinesStep,
  retrievePurchaseOrderStep,
  updatePurchaseOrdersStep,
  validatePurchaseOrderTransitionStep,
} from "../steps"
import { createLockOwnerStep } from "../../locking/steps"
import { PURCHASE_ORDER_LOCK, purchaseOrderLockKey } from "./lock"

export type CancelPurchaseOrderWorkflowInput = { id: string }

export const cancelPurchaseOrderWorkflowId = "cancel-purchase-order"

/**
 * Cancels a purchase order that nothing was received on yet (draft, sent or
 * acknowledged). Its demand goes back to the requisition worksheet: the
 * requisition lines are `open` / `new` again (so they can be carried out
 * again), or `canceled` when their sales order is canceled. The vendor's link
 * keeps working until it expires and shows the PO as canceled.
 *
 * @example
 * await cancelPurchaseOrderWorkflow(container).run({ input: { id: "po_123" } })
 */
export const cancelPurchaseOrderWorkflow = createWorkflow(
  cancelPurchaseOrderWorkflowId,
  (input: CancelPurchaseOrderWorkflowInput) => {
    const lock = createLockOwnerStep(transform({ input }, ({ input }) => ({ key: purchaseOrderLockKey(input.id) })))
    acquireLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id, ...PURCHASE_ORDER_LOCK })))
    const po = retrievePurchaseOrderStep({ id: input.id })
    validatePurchaseOrderTransitionStep(
      transform({ po }, ({ po }) => ({ number: po.number, status: po.status, action: "cancel" as const }))
    )
    updatePurchaseOrdersStep(transform({ po }, ({ po }) => ({ id: po.id, status: "canceled", canceled_at: new Date() })))
    const requisition = reopenRequisitionLinesStep(
      transform({ po }, ({ po }) => ({
        purchase_order_id: po.id,
        requisition_line_ids: [...new Set(po.lines.map((l) => l.requisition_line_id).filter(Boolean))],
      }))
    )
    releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id })))
    return new WorkflowResponse(requisition)
  }
)
