import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderEvents } from "../../../utils/special-order-events"
import { retrievePurchaseOrderStep, updatePurchaseOrdersStep, validatePurchaseOrderTransitionStep } from "../steps"
import { createLockOwnerStep } from "../../locking/steps"
import { PURCHASE_ORDER_LOCK, purchaseOrderLockKey } from "./lock"

export type AcknowledgePurchaseOrderWorkflowInput = {
  id: string
  /** ISO date or timestamp the vendor expects to ship */
  expected_ship_date: string
}

export const acknowledgePurchaseOrderWorkflowId = "acknowledge-purchase-order"

/**
 * The vendor acknowledges a sent PO with the date it expects to ship
 * (sent → acknowledged; acknowledging again updates the date). Emits
 * `purchase_order.acknowledged`.
 *
 * @example
 * await acknowledgePurchaseOrderWorkflow(container).run({ input: { id: "po_123", expected_ship_date: "2026-05-01" } })
 */
export const acknowledgePurchaseOrderWorkflow = createWorkflow(
  acknowledgePurchaseOrderWorkflowId,
  (input: AcknowledgePurchaseOrderWorkflowInput) => {
    const lock = createLockOwnerStep(transform({ input }, ({ input }) => ({ key: purchaseOrderLockKey(input.id) })))
    acquireLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id, ...PURCHASE_ORDER_LOCK })))
    const po = retrievePurchaseOrderStep({ id: input.id })
    validatePurchaseOrderTransitionStep(
      transform({ po }, ({ po }) => ({ number: po.number, status: po.status, action: "acknowledge" as const }))
    )
    updatePurchaseOrdersStep(
      transform({ po, input }, ({ po, input }) => ({
        id: po.id,
        status: "acknowledged",
        expected_ship_date: new Date(input.expected_ship_date),
        acknowledged_at: new Date(),
      }))
    )
    emitEventStep({
      eventName: SpecialOrderEvents.PURCHASE_ORDER_ACKNOWLEDGED,
      data: transform({ po, input }, ({ po, input }) => ({
        id: po.id,
        number: po.number,
        vendor_id: po.vendor_id,
        expected_ship_date: new Date(input.expected_ship_date).toISOString(),
      })),
    })
    releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id })))
    return new WorkflowResponse(transform({ po }, ({ po }) => ({ id: po.id })))
  }
)
