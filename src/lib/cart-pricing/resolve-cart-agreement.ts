import { MedusaContainer } from "@medusajs/framework/types"
import { chooseAutoApplyAgreement } from "../../domain/agreements/choose-auto-apply-agreement"
import { computeLineAmount } from "../../domain/pricing/compute-agreement-price"
import { toDecimal } from "../../domain/money/decimal"
import { SALES_AGREEMENT_MODULE } from "../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../modules/sales-agreement/service"
import type { AgreementWithBalances } from "../../types"
import { CartMetadataKey } from "./agreement-metadata"
import { ItemToPrice, priceItems } from "./price-items"
import { mayAutoApply } from "./may-auto-apply"
import { noteAutoApplyLookup } from "./auto-apply-hints"

export type ResolvedCartAgreement = {
  agreement: AgreementWithBalances
  /** true when the plugin picked it now (auto-apply): the cart is not linked yet */
  auto_applied: boolean
}

/** The requested ship date of a cart: its metadata's, else now (SPEC §2). */
export function requestedShipDate(metadata: Record<string, unknown> | null | undefined): Date {
  const raw = metadata?.[CartMetadataKey.REQUESTED_SHIP_DATE]
  const date = typeof raw === "string" ? new Date(raw) : null
  return date && !Number.isNaN(date.getTime()) ? date : new Date()
}

/**
 * The agreement that prices a customer's cart: the one linked in its metadata
 * (only if it is the customer's own), else — auto-apply — the applicable
 * effective `auto_apply` agreement chosen by the selection policy for the
 * cart's items (`items`, priced in memory). Guests never get one.
 */
export async function resolveCartAgreement(
  scope: MedusaContainer,
  cart: Record<string, any>,
  items: ItemToPrice[]
): Promise<ResolvedCartAgreement | null> {
  if (!cart.customer_id) {
    return null
  }
  const service = scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const linkedId = cart.metadata?.[CartMetadataKey.AGREEMENT_ID]
  if (typeof linkedId === "string" && linkedId) {
    const [agreement] = await service.listAgreementsWithBalances({ id: linkedId, customer_id: cart.customer_id })
    return agreement ? { agreement, auto_applied: false } : null
  }
  if (!mayAutoApply(scope, cart)) {
    return null
  }
  const date = requestedShipDate(cart.metadata)
  const candidates = await service.listAgreementsWithBalances({
    customer_id: cart.customer_id,
    status: "effective",
    currency_code: cart.currency_code,
    valid_at: date,
    auto_apply: true,
  })
  noteAutoApplyLookup(cart.customer_id, candidates.length > 0)
  if (candidates.length <= 1) {
    return candidates[0] ? { agreement: candidates[0], auto_applied: true } : null
  }
  const totals = await Promise.all(
    candidates.map(async (agreement) => {
      const priced = await priceItems(scope, { cart, agreement, items, requested_ship_date: date, context: "cart_update" })
      const quantities = new Map(items.map((i) => [i.key, i.quantity]))
      const total = priced.reduce(
        (sum, p) => (p.unit_price === null ? sum : sum.plus(computeLineAmount(p.unit_price, quantities.get(p.key) ?? 0))),
        toDecimal(0)
      )
      return { id: agreement.id, expiration_date: agreement.expiration_date, cart_total: total.toFixed(), agreement }
    })
  )
  const chosen = chooseAutoApplyAgreement(totals)
  return chosen ? { agreement: chosen.agreement, auto_applied: true } : null
}
