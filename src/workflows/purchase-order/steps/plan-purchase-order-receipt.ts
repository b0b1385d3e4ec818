import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planReceipt, type ReceiptLineInput } from "../../../domain/purchase-orders/plan-receipt"
import { purchaseOrderFieldErrors } from "../../../utils/purchase-order-errors"
import type { RetrievedPurchaseOrder } from "./retrieve-purchase-order"

export const planPurchaseOrderReceiptStepId = "plan-purchase-order-receipt"

/**
 * This step checks a receipt against the PO's lines (integer quantities > 0,
 * at most what is still expected, this PO's lines only) and returns the new
 * quantities and status; every problem is reported at once as a 400.
 */
export const planPurchaseOrderReceiptStep = createStep(
  planPurchaseOrderReceiptStepId,
  async (input: { purchase_order: RetrievedPurchaseOrder; lines: ReceiptLineInput[] }) => {
    const plan = planReceipt(input.purchase_order.lines, input.lines)
    if (!plan.ok) {
      throw purchaseOrderFieldErrors(plan.errors, `Cannot receive purchase order ${input.purchase_order.number}`)
    }
    return new StepResponse({ status: plan.status, lines: plan.lines, received_at: new Date().toISOString() })
  }
)
