import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import {
  agreementLineMetadata,
  assertNotBlocked,
  cartConsumption,
  LineMetadataKey,
  loadPricingCart,
  metadataPatch,
  prefetchTradePrices,
  prefetchVariantCatalog,
  priceItems,
  requestedShipDate,
  resolveCartAgreement,
} from "../../../../lib/cart-pricing"
import { repriceCartWorkflowId } from "../../../../workflows"
import { runThroughEngine } from "../../../../lib/workflows/run-through-engine"

type UpdateLineItemBody = { quantity: number; metadata?: Record<string, unknown> | null; unit_price?: string }

/**
 * `POST /store/carts/:id/line-items/:line_id` re-evaluates the line at its new
 * quantity (it can start or stop qualifying) and hands Medusa's own route the
 * price to keep: the contract price, or back to the trade price.
 */
export async function priceUpdatedLineItem(
  req: AuthenticatedMedusaRequest<UpdateLineItemBody>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = req.validatedBody
  if (!body.quantity) {
    return next()
  }
  let cart = await loadPricingCart(req.scope, req.params.id)
  let item = cart.items.find((i) => i.id === req.params.line_id)
  if (!cart.customer_id || cart.completed_at || !item?.variant_id) {
    return next()
  }
  const catalog = prefetchVariantCatalog(req.scope, cart, [item.variant_id])
  const trade = prefetchTradePrices(req.scope, cart, catalog, [{ key: item.id, variant_id: item.variant_id, quantity: body.quantity }])
  const resolved = await resolveCartAgreement(
    req.scope,
    cart,
    cart.items
      .filter((i) => i.variant_id)
      .map((i) => ({ key: i.id, variant_id: i.variant_id!, quantity: i.id === item!.id ? body.quantity : Number(i.quantity) }))
  )
  if (!resolved) {
    return next()
  }
  if (resolved.auto_applied) {
    await runThroughEngine(req.scope, repriceCartWorkflowId, { cart_id: cart.id, action: "link", sales_agreement_id: resolved.agreement.id })
    cart = await loadPricingCart(req.scope, cart.id)
    item = cart.items.find((i) => i.id === req.params.line_id)!
  }
  const [pricing] = await priceItems(req.scope, {
    cart,
    agreement: resolved.agreement,
    items: [{ key: item.id, variant_id: item.variant_id!, quantity: body.quantity }],
    requested_ship_date: requestedShipDate(cart.metadata),
    context: "cart_update",
    prior_consumption: cartConsumption(cart.items, [item.id]),
    catalog,
    // computed alongside the agreement read, for the cart as it was loaded (not after an auto-apply relink)
    ...(trade && !resolved.auto_applied ? { trade } : {}),
  })
  assertNotBlocked(pricing)
  const metadata = agreementLineMetadata(body.metadata ?? item.metadata, pricing)
  if (pricing.linked) {
    body.unit_price = pricing.unit_price!
  } else if (item.is_custom_price && item.metadata?.[LineMetadataKey.PRICED] && pricing.trade_unit_price !== null) {
    // Medusa keeps a custom price once set: go back to the trade price explicitly
    body.unit_price = pricing.trade_unit_price
    metadata[LineMetadataKey.PRICED] = true
  }
  body.metadata = metadataPatch(item.metadata, metadata)
  next()
}
