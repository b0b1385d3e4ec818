import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isAgreementApplicable } from "../../../domain/agreements/status-transitions"
import {
  agreementLineMetadata,
  CART_HEADER_KEYS,
  CartMetadataKey,
  linkedCartHeader,
  LineMetadataKey,
  loadPricingCart,
  metadataPatch,
  priceItems,
  requestedShipDate,
  stripAgreementLineMetadata,
} from "../../../lib/cart-pricing"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export type ComputeCartAgreementPricingStepInput = {
  cart_id: string
  /** link to an agreement, unlink, or reprice with the agreement already linked */
  action: "link" | "unlink" | "reprice"
  sales_agreement_id?: string
  requested_ship_date?: string
  /** unlinking on the customer's request stops auto-apply from linking again */
  disable_auto_apply?: boolean
}

export type CartAgreementPricing = {
  cart_update: { id: string; metadata: Record<string, unknown>; shipping_address?: Record<string, unknown> }
  item_updates: { id: string; unit_price?: string; is_custom_price: boolean; metadata: Record<string, unknown> }[]
}

export const computeCartAgreementPricingStepId = "compute-cart-agreement-pricing"

/**
 * This step works out, without writing, what linking, unlinking or repricing
 * does to a cart: header terms into its metadata (and its shipping address),
 * and for every line the contract price (a custom price) or a return to the
 * trade price that Medusa recalculates.
 */
export const computeCartAgreementPricingStep = createStep(
  computeCartAgreementPricingStepId,
  async (input: ComputeCartAgreementPricingStepInput, { container }) => {
    const cart = await loadPricingCart(container, input.cart_id)
    let pricingCart: Record<string, any> = cart
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart (${cart.id}) is already completed`)
    }
    const metadata: Record<string, unknown> = { ...(cart.metadata ?? {}) }
    const result: CartAgreementPricing = { cart_update: { id: cart.id, metadata }, item_updates: [] }

    const agreementId =
      input.action === "link" ? input.sales_agreement_id : (cart.metadata?.[CartMetadataKey.AGREEMENT_ID] as string | undefined)
    if (input.action === "unlink" || !agreementId) {
      CART_HEADER_KEYS.forEach((k) => delete metadata[k])
      if (input.disable_auto_apply) metadata[CartMetadataKey.AUTO_APPLY_DISABLED] = true
      for (const item of cart.items) {
        if (item.metadata?.[LineMetadataKey.PRICED] || item.metadata?.[LineMetadataKey.UNLINKED_REASON]) {
          result.item_updates.push({
            id: item.id,
            is_custom_price: false,
            metadata: metadataPatch(item.metadata, stripAgreementLineMetadata(item.metadata)),
          })
        }
      }
      result.cart_update.metadata = metadataPatch(cart.metadata, metadata)
      return new StepResponse(result)
    }

    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const [agreement] = cart.customer_id
      ? await service.listAgreementsWithBalances({ id: agreementId, customer_id: cart.customer_id })
      : []
    if (!agreement) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Sales agreement with id: ${agreementId} was not found`,
        SalesAgreementErrorCode.NOT_FOUND
      )
    }
    const shipDate = input.requested_ship_date ? new Date(input.requested_ship_date) : requestedShipDate(cart.metadata)
    if (input.action === "link") {
      const problems: string[] = []
      if (agreement.currency_code !== cart.currency_code) {
        problems.push(`currency_mismatch: the agreement is in ${agreement.currency_code}, the cart in ${cart.currency_code}`)
      }
      if (!isAgreementApplicable(agreement, shipDate)) {
        problems.push(
          agreement.status !== "effective"
            ? `agreement_not_effective: the agreement is ${agreement.status}`
            : `outside_validity: requested_ship_date ${shipDate.toISOString()} is outside ${agreement.effective_date.toISOString()} – ${agreement.expiration_date.toISOString()}`
        )
      }
      if (problems.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Sales agreement (${agreement.number}) cannot be linked to cart (${cart.id}): ${problems.join("; ")}`,
          SalesAgreementErrorCode.NOT_APPLICABLE
        )
      }
      const header = linkedCartHeader(cart, agreement, input.requested_ship_date ? shipDate : undefined)
      result.cart_update = { id: cart.id, ...header }
      // lines are priced as the linked cart will price them: with the agreement's address
      if (header.shipping_address) pricingCart = { ...cart, shipping_address: header.shipping_address }
    }

    const items = cart.items.filter((i) => i.variant_id)
    const priced = await priceItems(container, {
      cart: pricingCart,
      agreement,
      items: items.map((i) => ({ key: i.id, variant_id: i.variant_id!, quantity: Number(i.quantity) })),
      requested_ship_date: shipDate,
      context: "cart_update",
    })
    for (const p of priced) {
      const item = items.find((i) => i.id === p.key)!
      const lineMetadata = metadataPatch(item.metadata, agreementLineMetadata(item.metadata, p))
      result.item_updates.push(
        p.linked
          ? { id: item.id, unit_price: p.unit_price!, is_custom_price: true, metadata: lineMetadata }
          : { id: item.id, is_custom_price: false, metadata: lineMetadata }
      )
    }
    return new StepResponse(result)
  }
)
