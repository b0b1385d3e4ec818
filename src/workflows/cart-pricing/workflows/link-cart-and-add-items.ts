import { acquireLockStep, addToCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { createLockOwnerStep } from "../../locking/steps"
import { writeCartHeaderStep, WriteCartHeaderStepInput } from "../steps/write-cart-header"

export type LinkCartAndAddItemsWorkflowInput = {
  cart_id: string
  /** the linked header: agreement, terms and dimensions (metadata patch) and the agreement's shipping address */
  cart_update: { metadata: Record<string, unknown>; shipping_address?: Record<string, unknown> }
  /** the cart's metadata and address as the caller read them (what a failure restores) */
  previous: WriteCartHeaderStepInput["previous"]
  /** the items, already priced against the agreement (contract prices as custom unit prices) */
  items: AddToCartWorkflowInputDTO["items"]
}

export const linkCartAndAddItemsWorkflowId = "link-cart-and-add-items-for-sales-agreement"

/**
 * Links a cart that has no lines yet to an agreement and adds its first lines,
 * under one cart lock: the header terms go onto the cart, then Medusa's own
 * add-to-cart (run as a step, so it shares this lock) adds the priced lines and
 * refreshes totals, taxes, promotions and the payment collection once. This is
 * what auto-apply does at a customer's first add-to-cart.
 *
 * @example
 * await linkCartAndAddItemsWorkflow(container).run({
 *   input: {
 *     cart_id,
 *     cart_update: { metadata: { sales_agreement_id: "sagr_…" } },
 *     previous: { metadata: null, shipping_address: null },
 *     items: [{ variant_id, quantity: 2, unit_price: 8.5 }],
 *   },
 * })
 */
export const linkCartAndAddItemsWorkflow = createWorkflow(
  linkCartAndAddItemsWorkflowId,
  (input: LinkCartAndAddItemsWorkflowInput) => {
    const lock = createLockOwnerStep(transform({ input }, ({ input }) => ({ key: input.cart_id })))
    acquireLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id, timeout: 5, ttl: 20 })))
    writeCartHeaderStep(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, ...input.cart_update, previous: input.previous }))
    )
    addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items: input.items } })
    releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.owner_id })))
    return new WorkflowResponse(void 0)
  }
)
