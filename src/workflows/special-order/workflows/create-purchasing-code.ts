import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PurchasingCodeInput } from "../../../types/special-order/workflows"
import { createPurchasingCodesStep, validatePurchasingCodeStep } from "../steps"

export type CreatePurchasingCodeWorkflowInput = PurchasingCodeInput

export const createPurchasingCodeWorkflowId = "create-purchasing-code"

/**
 * Creates a purchasing code (Business Central "purchasing code"): `special_order`
 * (the vendor ships to our warehouse) or `drop_shipment` (the vendor ships to
 * the customer). Codes are unique.
 *
 * @example
 * await createPurchasingCodeWorkflow(container).run({ input: { code: "SPECIAL", kind: "special_order" } })
 */
export const createPurchasingCodeWorkflow = createWorkflow(
  createPurchasingCodeWorkflowId,
  (input: CreatePurchasingCodeWorkflowInput) => {
    validatePurchasingCodeStep({ code: input.code })
    const ids = createPurchasingCodesStep(transform({ input }, ({ input }) => [input]))
    return new WorkflowResponse(transform({ ids }, ({ ids }) => ({ id: ids[0] })))
  }
)
