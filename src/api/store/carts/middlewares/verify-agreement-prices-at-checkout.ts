import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { computeLineAmount } from "../../../../domain/pricing/compute-agreement-price"
import { toDecimal } from "../../../../domain/money/decimal"
import { decimalString } from "../../../../utils/decimals"
import { settleCheckout, settleWhenSent } from "../../../../lib/checkout/settle-checkout"
import {
  CartMetadataKey,
  LineMetadataKey,
  loadPricingCart,
  loadVariantCatalog,
  priceItems,
  requestedShipDate,
} from "../../../../lib/cart-pricing"
import { SALES_AGREEMENT_MODULE } from "../../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../../utils/errors"

/**
 * `POST /store/carts/:id/complete`: every line of a linked cart is evaluated
 * again against the current remaining balances before Medusa completes it. A
 * contract price that no longer holds (balance used up by other orders, agreement
 * put on hold or expired, a block rule) stops checkout with a 400 naming the
 * line and the reason; nothing is written and the cart stays as it is.
 *
 * Then the balance is taken, atomically: one `ordered` ledger entry per linked
 * line, written only if every max-enforced commitment still has room (checked
 * and written under a row lock, so no interleaving of checkouts, in one or
 * several processes, can exceed a commitment). When the response is sent the
 * entries are attached to the order, or given back if no order was placed.
 */
export async function verifyAgreementPricesAtCheckout(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const cart = await loadPricingCart(req.scope, req.params.id)
  const agreementId = cart.metadata?.[CartMetadataKey.AGREEMENT_ID]
  if (cart.completed_at || typeof agreementId !== "string" || !cart.customer_id) {
    return next()
  }
  // only linked lines carry agreement prices to check; they consume in cart order
  const items = cart.items.filter((i) => i.variant_id && i.metadata?.[LineMetadataKey.AGREEMENT_LINE_ID])
  if (!items.length) {
    return next()
  }
  const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const catalog = loadVariantCatalog(req.scope, items.map((i) => i.variant_id!))
  catalog.catch(() => undefined)
  const [agreement] = await service.listAgreementsWithBalances({
    id: agreementId,
    customer_id: cart.customer_id,
    exclude_cart_id: cart.id,
  })
  const problems: string[] = []
  if (!agreement) {
    problems.push(`sales agreement (${agreementId}) is no longer available`)
  } else {
    const priced = await priceItems(req.scope, {
      cart,
      agreement,
      // the trade price recorded when the line was priced is the one the customer saw
      items: items.map((i) => {
        const recorded = i.metadata?.[LineMetadataKey.TRADE_UNIT_PRICE]
        return {
          key: i.id,
          variant_id: i.variant_id!,
          quantity: Number(i.quantity),
          ...(typeof recorded === "string" ? { trade_unit_price: recorded } : {}),
        }
      }),
      requested_ship_date: requestedShipDate(cart.metadata),
      context: "checkout",
      catalog,
    })
    for (const p of priced) {
      const item = items.find((i) => i.id === p.key)!
      const linkedTo = item.metadata?.[LineMetadataKey.AGREEMENT_LINE_ID]
      if (p.outcome === "block") {
        problems.push(`line item (${item.id}): ${p.reasons.map((r) => r.message).join("; ")}`)
      } else if (
        linkedTo &&
        (!p.linked || p.sales_agreement_line_id !== linkedTo || !toDecimal(p.unit_price!).eq(toDecimal(String(item.unit_price))))
      ) {
        const why = p.linked ? `the contract price is now ${p.unit_price}` : p.reasons.map((r) => r.message).join("; ")
        problems.push(`line item (${item.id}): ${why}`)
      }
    }
  }
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Cart (${cart.id}) cannot be completed at its agreement prices: ${problems.join("; ").replace(/\.$/, "")}. Update the cart to reprice it.`,
      SalesAgreementErrorCode.PRICE_CHANGED
    )
  }
  const { inserted_ids } = await service.recordLedgerEntries(
    items.map((i) => ({
      sales_agreement_id: agreementId,
      sales_agreement_line_id: i.metadata![LineMetadataKey.AGREEMENT_LINE_ID] as string,
      kind: "ordered" as const,
      quantity: decimalString(i.quantity),
      amount: computeLineAmount(decimalString(i.unit_price), decimalString(i.quantity)),
      currency_code: cart.currency_code,
      idempotency_key: `ordered:cart-line:${i.id}`,
      cart_id: cart.id,
      cart_line_item_id: i.id,
    })),
    { enforce_max: true }
  )
  const logger = req.scope.resolve("logger") as { error: (m: string) => void }
  settleWhenSent(res, cart.id, () =>
    settleCheckout(req.scope, cart.id, inserted_ids).catch((e) =>
      logger.error(`Sales agreement: settling checkout of cart (${cart.id}) failed, reconciliation will repair it: ${e.message}`)
    )
  )
  next()
}
