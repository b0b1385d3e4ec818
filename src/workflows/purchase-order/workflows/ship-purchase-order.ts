import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderEvents } from "../../../utils/special-order-events"
import { retrievePurchaseOrderStep, updatePurchaseOrdersStep, validatePurchaseOrderTransitionStep } from "../steps"
import { createLockOwnerStep } from "../../locking/steps"
import { PURCHASE_ORDER_LOCK, purchaseOrderLockKey } from "./lock"

export type ShipPurchaseOrderWorkflowInput = { id: string; carrier: string; tracking_number: string }

export const shipPurchaseOrderWorkflowId = "ship-purchase-order"

/**
 * The vendor reports a shipment of an acknowledged PO (or of the rest after a
 * partial receipt): carrier and tracking number are recorded (the latest on
 * the PO, every one in `metadata.shipments`) and `purchase_order.shipped` is
 * emitted. Reporting the same carrier and tracking number again changes
 * nothing and emits nothing.
 *
 * @example
 * await shipPurchaseOrderWorkflow(container).run({ input: { id: "po_123", carrier: "DHL", tracking_number: "JD0123" } })
 */
export const shipPurchaseOrderWorkflow = createWorkflow(
  shipPurchaseOrderWorkflowId,
  (input: ShipPurchaseOrderWorkflowInput) => {
    const lock = createLockOwnerStep(transform({ input }, ({ input }) => ({ key: purchaseOrderLockKey(input.id) })))
    acquireLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id, ...PURCHASE_ORDER_LOCK })))
    const po = retrievePurchaseOrderStep({ id: input.id })
    validatePurchaseOrderTransitionStep(
      transform({ po }, ({ po }) => ({ number: po.number, status: po.status, action: "ship" as const }))
    )
    const shipment = transform({ po, input }, ({ po, input }) => {
      const metadata = (po.metadata ?? {}) as Record<string, unknown>
      const shipments = (Array.isArray(metadata.shipments) ? metadata.shipments : []) as Record<string, unknown>[]
      const repeated = shipments.some((s) => s.carrier === input.carrier && s.tracking_number === input.tracking_number)
      const shipped_at = new Date().toISOString()
      return {
        repeated,
        update: {
          id: po.id,
          carrier: input.carrier,
          tracking_number: input.tracking_number,
          shipped_at: new Date(shipped_at),
          metadata: { ...metadata, shipments: [...shipments, { carrier: input.carrier, tracking_number: input.tracking_number, shipped_at }] },
        },
        event: { id: po.id, number: po.number, vendor_id: po.vendor_id, carrier: input.carrier, tracking_number: input.tracking_number },
      }
    })
    when({ shipment }, ({ shipment }) => !shipment.repeated).then(() => {
      updatePurchaseOrdersStep(transform({ shipment }, ({ shipment }) => shipment.update))
      emitEventStep({
        eventName: SpecialOrderEvents.PURCHASE_ORDER_SHIPPED,
        data: transform({ shipment }, ({ shipment }) => shipment.event),
      })
    })
    releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id })))
    return new WorkflowResponse(transform({ po, shipment }, ({ po, shipment }) => ({ id: po.id, recorded: !shipment.repeated })))
  }
)
