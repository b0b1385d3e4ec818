import { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_ADDRESS_FIELDS, metadataPatch } from "../../../lib/cart-pricing"

export type WriteCartHeaderStepInput = {
  cart_id: string
  /** the linked header: a patch for Medusa's metadata merge (keys sent as "" are deleted) */
  metadata: Record<string, unknown>
  /** the agreement's shipping address, when the cart's is to be replaced */
  shipping_address?: Record<string, unknown>
  /** the cart as read before the lock, for the compensation */
  previous: { metadata: Record<string, unknown> | null; shipping_address?: Record<string, unknown> | null }
}

type Compensation = {
  cart_id: string
  written_metadata: Record<string, unknown>
  address_written: boolean
  previous: WriteCartHeaderStepInput["previous"]
}

export const writeCartHeaderStepId = "write-cart-header"

/**
 * This step writes a linked agreement's header onto a cart: its metadata and,
 * when given, its shipping address — one `updateCarts` call, reading nothing
 * (the cart was read by the caller). Its compensation puts the metadata and
 * the address back as they were.
 */
export const writeCartHeaderStep = createStep(
  writeCartHeaderStepId,
  async (input: WriteCartHeaderStepInput, { container }) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    await cartModule.updateCarts(input.cart_id, {
      metadata: input.metadata,
      ...(input.shipping_address ? { shipping_address: input.shipping_address as any } : {}),
    })
    const compensation: Compensation = {
      cart_id: input.cart_id,
      written_metadata: input.metadata,
      address_written: !!input.shipping_address,
      previous: input.previous,
    }
    return new StepResponse(void 0, compensation)
  },
  async (data: Compensation | undefined, { container }) => {
    if (!data) return
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const before = data.previous.shipping_address
    const previousAddress = before ? Object.fromEntries(CART_ADDRESS_FIELDS.map((f) => [f, before[f] ?? null])) : null
    await cartModule.updateCarts(data.cart_id, {
      // the keys written now go back to what they were; keys that were not there are deleted
      metadata: metadataPatch(data.written_metadata, data.previous.metadata ?? {}),
      ...(data.address_written
        ? previousAddress
          ? { shipping_address: previousAddress as any }
          : { shipping_address_id: null }
        : {}),
    })
  }
)
