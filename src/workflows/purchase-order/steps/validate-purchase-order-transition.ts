import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decideTransition, describeRefusal } from "../../../domain/purchase-orders/status-transitions"
import type { PurchaseOrderAction, PurchaseOrderStatus } from "../../../domain/purchase-orders/types"
import { PurchaseOrderErrorCode } from "../../../utils/purchase-order-errors"

export const validatePurchaseOrderTransitionStepId = "validate-purchase-order-transition"

/**
 * This step checks that `action` is allowed in the PO's status and returns
 * the decision; an illegal move is a 400 naming the from and to status.
 */
export const validatePurchaseOrderTransitionStep = createStep(
  validatePurchaseOrderTransitionStepId,
  async (input: { number: string; status: PurchaseOrderStatus; action: PurchaseOrderAction }) => {
    const decision = decideTransition(input.status, input.action)
    if (!decision.allowed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        describeRefusal(input.number, decision),
        PurchaseOrderErrorCode.TRANSITION_NOT_ALLOWED
      )
    }
    return new StepResponse(decision)
  }
)
