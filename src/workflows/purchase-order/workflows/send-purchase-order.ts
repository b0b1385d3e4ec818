import { acquireLockStep, emitEventStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchaseOrderStatus } from "../../../domain/purchase-orders/types"
import { SpecialOrderEvents } from "../../../utils/special-order-events"
import {
  issueVendorSecretStep,
  preparePurchaseOrderNotificationStep,
  retrievePurchaseOrderStep,
  validatePurchaseOrderTransitionStep,
} from "../steps"
import { createLockOwnerStep } from "../../locking/steps"
import { PURCHASE_ORDER_LOCK, purchaseOrderLockKey } from "./lock"

export type SendPurchaseOrderWorkflowInput = { id: string }

export const sendPurchaseOrderWorkflowId = "send-purchase-order"

/**
 * Sends a purchase order to its vendor: draft → sent, or a resend while sent
 * or acknowledged. Every send issues a new access secret (the previous one
 * stops working) and notifies the vendor through the Notification module
 * (channel `email`, template `special-order.purchase-order`) with a link that
 * opens this PO only. Emits `purchase_order.sent`.
 *
 * @example
 * await sendPurchaseOrderWorkflow(container).run({ input: { id: "po_123" } })
 */
export const sendPurchaseOrderWorkflow = createWorkflow(
  sendPurchaseOrderWorkflowId,
  (input: SendPurchaseOrderWorkflowInput) => {
    const lock = createLockOwnerStep(transform({ input }, ({ input }) => ({ key: purchaseOrderLockKey(input.id) })))
    acquireLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id, ...PURCHASE_ORDER_LOCK })))
    const po = retrievePurchaseOrderStep({ id: input.id })
    const decision = validatePurchaseOrderTransitionStep(
      transform({ po }, ({ po }) => ({ number: po.number, status: po.status, action: "send" as const }))
    )
    const issued = issueVendorSecretStep(
      transform({ po, decision }, ({ po, decision }) => ({
        id: po.id,
        status: (decision as { to: PurchaseOrderStatus }).to,
      }))
    )
    const notifications = preparePurchaseOrderNotificationStep(
      transform({ po, issued }, ({ po, issued }) => ({
        purchase_order: po,
        secret: issued.secret,
        expires_at: issued.expires_at,
        resend: po.status !== "draft",
      }))
    )
    sendNotificationsStep(notifications as any)
    emitEventStep({
      eventName: SpecialOrderEvents.PURCHASE_ORDER_SENT,
      data: transform({ po }, ({ po }) => ({ id: po.id, number: po.number, vendor_id: po.vendor_id, resend: po.status !== "draft" })),
    })
    releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id })))
    return new WorkflowResponse(
      transform({ po, issued }, ({ po, issued }) => ({ id: po.id, expires_at: issued.expires_at }))
    )
  }
)
