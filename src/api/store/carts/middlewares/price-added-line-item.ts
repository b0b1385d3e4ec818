import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { deepEqualObj } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addToCartWorkflowId, updateLineItemInCartWorkflowId } from "@medusajs/medusa/core-flows"
import {
  agreementLineMetadata,
  assertNotBlocked,
  CartMetadataKey,
  cartConsumption,
  LineMetadataKey,
  linkedCartHeader,
  prefetchTradePrices,
  prefetchVariantCatalog,
  PricingCart,
  loadPricingCart,
  metadataPatch,
  priceItems,
  requestedShipDate,
  resolveCartAgreement,
  samePricingAddress,
  stripAgreementLineMetadata,
} from "../../../../lib/cart-pricing"
import { linkCartAndAddItemsWorkflowId, repriceCartWorkflowId } from "../../../../workflows"
import type { AgreementWithBalances } from "../../../../types"
import { runThroughEngine } from "../../../../lib/workflows/run-through-engine"

type AddLineItemBody = { variant_id: string; quantity: number; metadata?: Record<string, unknown> | null }

/**
 * `POST /store/carts/:id/line-items` for carts an agreement prices. Guests and
 * carts with no agreement (none linked, none to auto-apply) go on to Medusa's
 * own route untouched. A linked cart's line gets the contract price as a
 * custom price (recorded in its metadata), or keeps the trade price with the
 * reason; a same-variant linked line grows instead of splitting.
 */
export async function priceAddedLineItem(
  req: AuthenticatedMedusaRequest<AddLineItemBody>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = req.validatedBody
  let cart = await loadPricingCart(req.scope, req.params.id)
  if (!cart.customer_id || cart.completed_at) {
    return next()
  }
  const pending = { key: "new", variant_id: body.variant_id, quantity: body.quantity }
  const ownMetadata = stripAgreementLineMetadata(body.metadata)
  const sameLine = (c: PricingCart) =>
    c.items.find(
      (i) =>
        i.variant_id === body.variant_id &&
        i.metadata?.[LineMetadataKey.PRICED] &&
        deepEqualObj(stripAgreementLineMetadata(i.metadata), ownMetadata)
    )
  const linked = typeof cart.metadata?.[CartMetadataKey.AGREEMENT_ID] === "string"
  const catalog = prefetchVariantCatalog(req.scope, cart, [body.variant_id], { auto_apply: true })
  // a linked cart's trade price is needed; an empty cart's too when auto-apply will likely link it
  // (the catalog is only prefetched for those)
  const trade =
    linked || !cart.items.length
      ? prefetchTradePrices(req.scope, cart, catalog, [
          { key: "new", variant_id: body.variant_id, quantity: Number(sameLine(cart)?.quantity ?? 0) + body.quantity },
        ])
      : undefined
  const resolved = await resolveCartAgreement(req.scope, cart, [
    ...cart.items.filter((i) => i.variant_id).map((i) => ({ key: i.id, variant_id: i.variant_id!, quantity: Number(i.quantity) })),
    pending,
  ])
  if (!resolved) {
    return next()
  }
  if (resolved.auto_applied && !cart.items.length) {
    return await linkAndAdd(req, res, cart, resolved.agreement, catalog, trade)
  }
  if (resolved.auto_applied) {
    await runThroughEngine(req.scope, repriceCartWorkflowId, { cart_id: cart.id, action: "link", sales_agreement_id: resolved.agreement.id })
    cart = await loadPricingCart(req.scope, cart.id)
  }
  const same = sameLine(cart)
  const quantity = Number(same?.quantity ?? 0) + body.quantity
  const [pricing] = await priceItems(req.scope, {
    cart,
    agreement: resolved.agreement,
    items: [{ key: "new", variant_id: body.variant_id, quantity }],
    requested_ship_date: requestedShipDate(cart.metadata),
    context: "add_to_cart",
    prior_consumption: cartConsumption(cart.items, same ? [same.id] : []),
    catalog,
    // computed alongside the agreement read, for the cart as it was loaded (not after an auto-apply relink)
    ...(trade && !resolved.auto_applied ? { trade } : {}),
  })
  assertNotBlocked(pricing)
  const metadata = agreementLineMetadata(ownMetadata, pricing)
  if (same) {
    const unitPrice = pricing.linked ? pricing.unit_price : pricing.trade_unit_price
    await runThroughEngine(req.scope, updateLineItemInCartWorkflowId, {
      cart_id: cart.id,
      item_id: same.id,
      update: {
        quantity,
        ...(unitPrice !== null ? { unit_price: unitPrice } : {}),
        metadata: metadataPatch(same.metadata, { ...metadata, [LineMetadataKey.PRICED]: true }),
      },
    })
  } else if (pricing.linked) {
    await runThroughEngine(req.scope, addToCartWorkflowId, { cart_id: cart.id, items: [{ ...body, unit_price: pricing.unit_price!, metadata }] })
  } else {
    req.validatedBody.metadata = metadata
    return next()
  }
  res.status(200).json({ cart: await refetchCart(cart.id, req.scope, req.queryConfig.fields) })
}

/**
 * Auto-apply at the first add-to-cart of an empty cart: the line is priced as
 * the linked cart will price it (the agreement's shipping address in the
 * pricing context), then the link and the line are written by one workflow
 * with one cart refresh. The variants were loaded alongside the agreement read,
 * and the trade price computed there too is used when the agreement's address
 * leaves the pricing context as it was.
 */
async function linkAndAdd(
  req: AuthenticatedMedusaRequest<AddLineItemBody>,
  res: MedusaResponse,
  cart: PricingCart,
  agreement: AgreementWithBalances,
  catalog: ReturnType<typeof prefetchVariantCatalog>,
  trade: ReturnType<typeof prefetchTradePrices>
) {
  const body = req.validatedBody
  const header = linkedCartHeader(cart, agreement)
  const sameContext = !header.shipping_address || samePricingAddress(cart.shipping_address as any, header.shipping_address)
  const linkedCart = { ...cart, ...(header.shipping_address ? { shipping_address: header.shipping_address } : {}) }
  const [pricing] = await priceItems(req.scope, {
    cart: linkedCart,
    agreement,
    items: [{ key: "new", variant_id: body.variant_id, quantity: body.quantity }],
    requested_ship_date: requestedShipDate(cart.metadata),
    context: "add_to_cart",
    catalog,
    ...(trade && sameContext ? { trade } : {}),
  })
  assertNotBlocked(pricing)
  const metadata = agreementLineMetadata(stripAgreementLineMetadata(body.metadata), pricing)
  await runThroughEngine(req.scope, linkCartAndAddItemsWorkflowId, {
    cart_id: cart.id,
    cart_update: header,
    previous: { metadata: cart.metadata, shipping_address: (cart.shipping_address as Record<string, unknown>) ?? null },
    items: [{ ...body, ...(pricing.linked ? { unit_price: pricing.unit_price! } : {}), metadata }],
  })
  res.status(200).json({ cart: await refetchCart(cart.id, req.scope, req.queryConfig.fields) })
}
