import { PURCHASE_ORDER_ACTIONS, PURCHASE_ORDER_STATUSES, type PurchaseOrderAction, type PurchaseOrderStatus } from "../types"
import { allowedFromStatuses, decideTransition, describeRefusal, PURCHASE_ORDER_TRANSITIONS } from "../status-transitions"

const ALLOWED: Record<string, string> = {
  "send:draft": "sent",
  "send:sent": "sent",
  "send:acknowledged": "acknowledged",
  "acknowledge:sent": "acknowledged",
  "acknowledge:acknowledged": "acknowledged",
  "ship:acknowledged": "acknowledged",
  "ship:partially_received": "partially_received",
  "receive:sent": "by_quantity",
  "receive:acknowledged": "by_quantity",
  "receive:partially_received": "by_quantity",
  "cancel:draft": "canceled",
  "cancel:sent": "canceled",
  "cancel:acknowledged": "canceled",
}
const cases = PURCHASE_ORDER_ACTIONS.flatMap((action) =>
  PURCHASE_ORDER_STATUSES.map((from) => [action, from, ALLOWED[`${action}:${from}`] ?? null] as const)
)

describe("decideTransition", () => {
  it.each(cases)("should decide %s from %s -> %p", (action, from, to) => {
    const decision = decideTransition(from, action)
    expect(decision.allowed).toBe(to !== null)
    if (decision.allowed) {
      expect(decision.to).toBe(to)
    } else {
      expect(decision.reason).toEqual(expect.any(String))
      expect(decision.allowed_from).toEqual(allowedFromStatuses(action))
    }
  })

  it.each<[PurchaseOrderAction, PurchaseOrderStatus, RegExp]>([
    ["cancel", "partially_received", /goods were already received/],
    ["ship", "sent", /must acknowledge it first/],
    ["receive", "draft", /not sent/],
    ["send", "canceled", /canceled/],
  ])("should give a reason for %s from %s", (action, from, reason) => {
    const decision = decideTransition(from, action)
    expect(decision.allowed).toBe(false)
    expect(!decision.allowed && decision.reason).toMatch(reason)
  })

  it.each([
    ["archived", "send"],
    ["toString", "cancel"],
    ["draft", "constructor"],
  ])("should refuse the unknown %s / %s", (from, action) => {
    expect(decideTransition(from as PurchaseOrderStatus, action as PurchaseOrderAction).allowed).toBe(false)
  })

  it("should freeze the table", () => {
    expect(Object.isFrozen(PURCHASE_ORDER_TRANSITIONS)).toBe(true)
    expect(Object.isFrozen(PURCHASE_ORDER_TRANSITIONS.cancel)).toBe(true)
  })
})

describe("describeRefusal", () => {
  it("should name the PO, the from and the to status and what is allowed", () => {
    const decision = decideTransition("received", "cancel")
    if (decision.allowed) throw new Error("expected a refusal")
    expect(describeRefusal("PO-000001", decision)).toBe(
      "status: cannot move purchase order PO-000001 from received to canceled: it was received in full (cancel is allowed from draft, sent, acknowledged)"
    )
  })
})
