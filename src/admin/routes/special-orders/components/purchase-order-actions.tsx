import { Button, toast, usePrompt } from "@medusajs/ui"
import { useCancelPurchaseOrder, useSendPurchaseOrder } from "../../../hooks/api/purchase-orders"
import { toastError } from "../../../lib/errors"
import type { AdminPurchaseOrder } from "../../../types/special-orders"
import { ReceivePurchaseOrderDrawer } from "./receive-purchase-order-drawer"
import { PURCHASE_ORDER_ACTIONS_BY_STATUS } from "./special-order-format"

/** Send / Resend, Receive and Cancel, as the PO's status allows (the server enforces the same rules). */
export const PurchaseOrderActions = ({ po }: { po: AdminPurchaseOrder }) => {
  const prompt = usePrompt()
  const send = useSendPurchaseOrder(po.id)
  const cancel = useCancelPurchaseOrder(po.id)
  const actions = PURCHASE_ORDER_ACTIONS_BY_STATUS[po.status] ?? []
  const resend = po.status !== "draft"

  const onSend = async () => {
    if (resend) {
      const ok = await prompt({
        title: `Resend ${po.number}?`,
        description: "The vendor gets a new link; the link sent before stops working at once.",
        confirmText: "Resend",
        cancelText: "Cancel",
      })
      if (!ok) return
    }
    try {
      await send.mutateAsync()
      toast.success(`${po.number} ${resend ? "resent" : "sent"} to ${po.vendor?.email ?? "the vendor"}`)
    } catch (error) {
      toastError(error)
    }
  }

  const onCancel = async () => {
    const ok = await prompt({
      title: `Cancel ${po.number}?`,
      description:
        "Its requisition lines go back to the worksheet (or are canceled with their sales order). The vendor sees the cancellation through its link.",
      confirmText: "Cancel purchase order",
      cancelText: "Keep it",
      variant: "danger",
    })
    if (!ok) return
    try {
      const { requisition_lines } = await cancel.mutateAsync()
      toast.success(
        `${po.number} canceled`,
        requisition_lines.reopened.length
          ? { description: `${requisition_lines.reopened.length} requisition line(s) back on the worksheet` }
          : undefined
      )
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <>
      {actions.includes("send") && (
        <Button size="small" variant={resend ? "secondary" : "primary"} onClick={onSend} isLoading={send.isPending}>
          {resend ? "Resend" : "Send to vendor"}
        </Button>
      )}
      {actions.includes("receive") && <ReceivePurchaseOrderDrawer po={po} />}
      {actions.includes("cancel") && (
        <Button size="small" variant="danger" onClick={onCancel} isLoading={cancel.isPending}>
          Cancel
        </Button>
      )}
    </>
  )
}
