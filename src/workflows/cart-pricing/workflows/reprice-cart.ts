import {
  acquireLockStep,
  refreshCartItemsWorkflow,
  releaseLockStep,
  updateCartsStep,
  updateLineItemsStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  computeCartAgreementPricingStep,
  ComputeCartAgreementPricingStepInput,
} from "../steps/compute-cart-agreement-pricing"
import { createLockOwnerStep } from "../../locking/steps"

export type RepriceCartWorkflowInput = ComputeCartAgreementPricingStepInput

export const repriceCartWorkflowId = "reprice-cart-for-sales-agreement"

/**
 * Links a cart to a sales agreement (header terms onto the cart, contract
 * prices onto every line a commitment accepts), unlinks it (trade prices back),
 * or reprices it against the agreement already linked. Totals, taxes,
 * promotions and the payment collection are then refreshed by Medusa's own
 * cart refresh, under the cart lock.
 *
 * @example
 * await repriceCartWorkflow(container).run({ input: { cart_id, action: "link", sales_agreement_id } })
 */
export const repriceCartWorkflow = createWorkflow(repriceCartWorkflowId, (input: RepriceCartWorkflowInput) => {
  const lock = createLockOwnerStep(transform({ input }, ({ input }) => ({ key: input.cart_id })))
  acquireLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id, timeout: 5, ttl: 20 })))
  const pricing = computeCartAgreementPricingStep(input)
  updateCartsStep(transform({ pricing }, ({ pricing }) => [pricing.cart_update as any]))
  updateLineItemsStep(
    transform({ pricing, input }, ({ pricing, input }) => ({
      id: input.cart_id,
      items: pricing.item_updates as any,
    }))
  )
  refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, force_refresh: true } })
  releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id })))
  return new WorkflowResponse(pricing)
})
