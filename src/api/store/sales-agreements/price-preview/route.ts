import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { computeLineAmount } from "../../../../domain/pricing/compute-agreement-price"
import { toDecimal } from "../../../../domain/money/decimal"
import type { LinePricing } from "../../../../domain/pricing/price-cart-lines"
import { cartPricingContext, computeTradePrices, loadVariantCatalog, priceItems, resolveCartAgreement } from "../../../../lib/cart-pricing"
import { SALES_AGREEMENT_MODULE } from "../../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../../modules/sales-agreement/service"
import type { AgreementWithBalances } from "../../../../types"
import { SalesAgreementErrorCode } from "../../../../utils/errors"
import type { StorePricePreviewType } from "../validators"

/**
 * Dry run of agreement pricing, no cart needed (a product page showing the
 * contract price): per item the trade price, the agreement price, the
 * commitment chosen, its remaining balance before/after, and every policy
 * decision with its reason. Guests get trade prices only.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePricePreviewType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const customerId = req.auth_context?.actor_id ?? null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  let currency = body.currency_code?.toLowerCase()
  if (body.region_id) {
    const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: body.region_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `region_id: region not found (${body.region_id})`)
    }
    currency ??= (data[0] as any).currency_code
  }
  const customer = customerId
    ? (await query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerId } })).data[0]
    : undefined
  const cart = {
    customer_id: customerId,
    currency_code: currency,
    region_id: body.region_id ?? null,
    customer,
    metadata: body.requested_ship_date ? { requested_ship_date: body.requested_ship_date } : {},
  }
  const items = body.items.map((i, index) => ({ key: String(index), variant_id: i.variant_id, quantity: i.quantity }))
  const shipDate = body.requested_ship_date ? new Date(body.requested_ship_date) : new Date()

  let agreement: AgreementWithBalances | null = null
  if (customerId && body.sales_agreement_id) {
    const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    ;[agreement] = await service.listAgreementsWithBalances({ id: body.sales_agreement_id, customer_id: customerId })
    if (!agreement) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Sales agreement with id: ${body.sales_agreement_id} was not found`,
        SalesAgreementErrorCode.NOT_FOUND
      )
    }
  } else if (customerId) {
    agreement = (await resolveCartAgreement(req.scope, cart, items))?.agreement ?? null
  }

  const catalog = await loadVariantCatalog(req.scope, items.map((i) => i.variant_id))
  const unknown = items.filter((i) => !catalog.has(i.variant_id)).map((i) => i.variant_id)
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `items.variant_id: variant not found (${unknown.join(", ")})`)
  }

  let priced: LinePricing[]
  if (agreement) {
    priced = await priceItems(req.scope, { cart, agreement, items, requested_ship_date: shipDate, context: "preview" })
  } else {
    const trade = await computeTradePrices(
      req.scope,
      cartPricingContext(cart),
      items.map((i) => ({ key: i.key, price_set_id: catalog.get(i.variant_id)!.price_set_id, quantity: i.quantity }))
    )
    priced = items.map((i) => ({
      key: i.key, linked: false, sales_agreement_id: null, sales_agreement_line_id: null,
      unit_price: trade.get(i.key) ?? null, agreement_unit_price: null, trade_unit_price: trade.get(i.key) ?? null,
      outcome: "unlink", reasons: [], warnings: [],
    }))
  }

  const used = new Map<string, { quantity: string; amount: string }>()
  res.json({
    currency_code: currency,
    sales_agreement_id: agreement?.id ?? null,
    sales_agreement_number: agreement?.number ?? null,
    items: priced.map((p, index) => {
      const item = items[index]
      const commitment = agreement?.lines.find((l) => l.id === p.sales_agreement_line_id) ?? null
      let remaining_before: string | null = null
      let remaining_after: string | null = null
      if (commitment && p.unit_price !== null) {
        const isQuantity = commitment.commitment_type === "product_quantity"
        const prior = used.get(commitment.id) ?? { quantity: "0", amount: "0" }
        const committed = isQuantity ? commitment.quantity : commitment.amount
        const takes = isQuantity ? String(item.quantity) : computeLineAmount(p.unit_price, item.quantity)
        if (committed !== null) {
          const before = toDecimal(committed)
            .minus(isQuantity ? commitment.ordered_quantity : commitment.ordered_amount)
            .plus(isQuantity ? commitment.returned_quantity : commitment.returned_amount)
            .minus(isQuantity ? prior.quantity : prior.amount)
          remaining_before = before.toFixed()
          remaining_after = before.minus(takes).toFixed()
        }
        used.set(commitment.id, {
          quantity: toDecimal(prior.quantity).plus(item.quantity).toFixed(),
          amount: toDecimal(prior.amount).plus(computeLineAmount(p.unit_price, item.quantity)).toFixed(),
        })
      }
      return {
        variant_id: item.variant_id,
        quantity: item.quantity,
        trade_unit_price: p.trade_unit_price,
        agreement_unit_price: p.linked ? p.agreement_unit_price : null,
        unit_price: p.unit_price,
        linked: p.linked,
        sales_agreement_line_id: p.sales_agreement_line_id,
        commitment: commitment
          ? { id: commitment.id, line_number: commitment.line_number, commitment_type: commitment.commitment_type }
          : null,
        remaining_before,
        remaining_after,
        decision: { outcome: p.linked ? p.outcome : agreement ? p.outcome : "none", reasons: p.reasons, warnings: p.warnings },
      }
    }),
  })
}
