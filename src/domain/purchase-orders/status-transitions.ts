import type { PurchaseOrderAction, PurchaseOrderStatus } from "./types"

/**
 * Where each action is allowed and the status it leads to.
 * - send: draft → sent; a resend keeps sent / acknowledged (and issues a new secret).
 * - acknowledge: sent → acknowledged; acknowledging again updates the expected ship date.
 * - ship: the vendor reports a shipment once it acknowledged (or for the rest after a partial receipt).
 * - receive: goods may arrive before the vendor acknowledged; received → nothing more.
 * - cancel: only before anything was received. A partially received PO cannot be canceled:
 *   the received goods are bound to their sales lines and must stay accounted for.
 */
export const PURCHASE_ORDER_TRANSITIONS: Readonly<
  Record<PurchaseOrderAction, Readonly<Partial<Record<PurchaseOrderStatus, PurchaseOrderStatus | "by_quantity">>>>
> = Object.freeze({
  send: Object.freeze({ draft: "sent", sent: "sent", acknowledged: "acknowledged" }),
  acknowledge: Object.freeze({ sent: "acknowledged", acknowledged: "acknowledged" }),
  ship: Object.freeze({ acknowledged: "acknowledged", partially_received: "partially_received" }),
  receive: Object.freeze({ sent: "by_quantity", acknowledged: "by_quantity", partially_received: "by_quantity" }),
  cancel: Object.freeze({ draft: "canceled", sent: "canceled", acknowledged: "canceled" }),
} as const)

const REASONS: Partial<Record<`${PurchaseOrderAction}:${PurchaseOrderStatus}`, string>> = {
  "send:partially_received": "goods were already received",
  "send:received": "it was received in full",
  "send:canceled": "it is canceled",
  "acknowledge:draft": "it was not sent to the vendor yet",
  "acknowledge:partially_received": "goods were already received",
  "acknowledge:received": "it was received in full",
  "acknowledge:canceled": "it is canceled",
  "ship:draft": "it was not sent to the vendor yet",
  "ship:sent": "the vendor must acknowledge it first",
  "ship:received": "it was received in full",
  "ship:canceled": "it is canceled",
  "receive:draft": "it was not sent to the vendor yet",
  "receive:received": "it was received in full",
  "receive:canceled": "it is canceled",
  "cancel:partially_received": "goods were already received (they stay bound to their sales lines)",
  "cancel:received": "it was received in full",
  "cancel:canceled": "it is already canceled",
}

export type TransitionDecision =
  | { allowed: true; from: PurchaseOrderStatus; action: PurchaseOrderAction; to: PurchaseOrderStatus | "by_quantity" }
  | {
      allowed: false
      from: PurchaseOrderStatus
      action: PurchaseOrderAction
      /** the statuses the action is allowed from */
      allowed_from: PurchaseOrderStatus[]
      reason: string
    }

function own<T extends object>(record: T, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(record, key)
}

/** The statuses `action` is allowed from (empty for an unknown action). */
export function allowedFromStatuses(action: PurchaseOrderAction): PurchaseOrderStatus[] {
  return own(PURCHASE_ORDER_TRANSITIONS, action)
    ? (Object.keys(PURCHASE_ORDER_TRANSITIONS[action]) as PurchaseOrderStatus[])
    : []
}

/**
 * Decides whether `action` may be applied to a purchase order in status `from`.
 * `to` is `"by_quantity"` for a receipt: the quantities decide (see planReceipt).
 */
export function decideTransition(from: PurchaseOrderStatus, action: PurchaseOrderAction): TransitionDecision {
  const table = own(PURCHASE_ORDER_TRANSITIONS, action) ? PURCHASE_ORDER_TRANSITIONS[action] : {}
  if (own(table, from)) {
    return { allowed: true, from, action, to: (table as Record<string, PurchaseOrderStatus | "by_quantity">)[from] }
  }
  return {
    allowed: false,
    from,
    action,
    allowed_from: allowedFromStatuses(action),
    reason: REASONS[`${action}:${from}`] ?? `${action} is not possible in status ${from}`,
  }
}

/** The status a successful `action` leads to, as shown in messages (`received or partially_received` for receipts). */
export function targetLabel(action: PurchaseOrderAction): string {
  switch (action) {
    case "send":
      return "sent"
    case "acknowledge":
      return "acknowledged"
    case "ship":
      return "shipped"
    case "receive":
      return "received"
    case "cancel":
      return "canceled"
  }
}

/**
 * The message of a refused action, naming the PO, the from status and the wanted one, e.g.
 * `status: cannot move purchase order PO-000001 from received to canceled: it was received in full (cancel is allowed from draft, sent, acknowledged)`.
 */
export function describeRefusal(number: string, decision: Extract<TransitionDecision, { allowed: false }>): string {
  const allowed = decision.allowed_from.length ? decision.allowed_from.join(", ") : "no status"
  return (
    `status: cannot move purchase order ${number} from ${decision.from} to ${targetLabel(decision.action)}: ` +
    `${decision.reason} (${decision.action} is allowed from ${allowed})`
  )
}
