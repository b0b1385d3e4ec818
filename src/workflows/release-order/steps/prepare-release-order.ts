import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isAgreementApplicable } from "../../../domain/agreements/status-transitions"
import { toDecimal } from "../../../domain/money/decimal"
import { computeLineAmount } from "../../../domain/pricing/compute-agreement-price"
import { agreementLineMetadata, CartMetadataKey, priceItems } from "../../../lib/cart-pricing"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export type PrepareReleaseOrderInput = {
  sales_agreement_id: string
  items: { line_id: string; quantity: number; variant_id?: string }[]
  requested_ship_date?: string
  region_id?: string
  sales_channel_id?: string
}

export const prepareReleaseOrderStepId = "prepare-release-order"

/**
 * This step builds a release order for an agreement: each chosen commitment
 * with its quantity, priced and checked by the policies against that very
 * commitment, with the header terms and dimensions; it writes nothing.
 */
export const prepareReleaseOrderStep = createStep(
  prepareReleaseOrderStepId,
  async (input: PrepareReleaseOrderInput, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const [agreement] = await service.listAgreementsWithBalances({ id: input.sales_agreement_id })
    if (!agreement) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sales agreement with id: ${input.sales_agreement_id} was not found`, SalesAgreementErrorCode.NOT_FOUND)
    }
    const shipDate = input.requested_ship_date ? new Date(input.requested_ship_date) : new Date()
    if (!isAgreementApplicable(agreement, shipDate)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Sales agreement (${agreement.number}) cannot release orders: it is ${agreement.status} and valid ${agreement.effective_date.toISOString()} – ${agreement.expiration_date.toISOString()} (requested ship date ${shipDate.toISOString()})`,
        SalesAgreementErrorCode.NOT_APPLICABLE
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const problems: string[] = []
    const resolved = input.items.map((item, i) => {
      const line = agreement.lines.find((l) => l.id === item.line_id)
      if (!line) {
        problems.push(`items.${i}.line_id: commitment not found on this agreement (${item.line_id})`)
        return null
      }
      const variantId = item.variant_id ?? line.product_variant_id
      if (!variantId) {
        problems.push(`items.${i}.variant_id: required for commitment ${line.line_number} (${line.commitment_type} without a variant)`)
        return null
      }
      return { i, line, variantId, quantity: item.quantity }
    })
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "), SalesAgreementErrorCode.INVALID)
    }
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: input.region_id ? { id: input.region_id } : { currency_code: agreement.currency_code },
    })
    const region = regions[0] as any
    if (!region || region.currency_code !== agreement.currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `region_id: no region in the agreement currency (${agreement.currency_code})${input.region_id ? ` (${input.region_id})` : ""}`,
        SalesAgreementErrorCode.INVALID
      )
    }
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "email", "groups.id"], filters: { id: agreement.customer_id } })
    const customer = customers[0] as any
    const pricingCart = { customer_id: agreement.customer_id, currency_code: agreement.currency_code, region_id: region.id, customer }
    const items: any[] = []
    const consumed: Record<string, { quantity: string; amount: string }> = {}
    for (const r of resolved as NonNullable<(typeof resolved)[number]>[]) {
      // the admin chose the commitment: the policies judge that one only
      const [p] = await priceItems(container, {
        cart: pricingCart,
        agreement: { ...agreement, lines: [r.line] },
        items: [{ key: String(r.i), variant_id: r.variantId, quantity: r.quantity }],
        requested_ship_date: shipDate,
        context: "admin_order_change",
        prior_consumption: consumed,
      })
      if (!p.linked) {
        problems.push(`items.${r.i}: ${p.reasons.map((x) => x.message).join("; ") || "the commitment does not cover this product"}`)
        continue
      }
      const prev = consumed[r.line.id] ?? { quantity: "0", amount: "0" }
      consumed[r.line.id] = {
        quantity: toDecimal(prev.quantity).plus(r.quantity).toFixed(),
        amount: toDecimal(prev.amount).plus(computeLineAmount(p.unit_price!, r.quantity)).toFixed(),
      }
      items.push({
        variant_id: r.variantId,
        quantity: r.quantity,
        unit_price: p.unit_price,
        metadata: { ...agreementLineMetadata({}, p), dimensions: agreement.dimensions ?? undefined },
      })
    }
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.join("; "), SalesAgreementErrorCode.POLICY_BLOCKED)
    }
    return new StepResponse({
      region_id: region.id,
      customer_id: agreement.customer_id,
      email: customer?.email,
      currency_code: agreement.currency_code,
      sales_channel_id: input.sales_channel_id,
      status: "draft",
      is_draft_order: true,
      shipping_address: agreement.shipping_address ?? undefined,
      items,
      metadata: {
        [CartMetadataKey.AGREEMENT_ID]: agreement.id,
        [CartMetadataKey.AGREEMENT_NUMBER]: agreement.number,
        [CartMetadataKey.PAYMENT_TERMS]: agreement.payment_terms,
        [CartMetadataKey.DELIVERY_TERMS]: agreement.delivery_terms,
        [CartMetadataKey.DIMENSIONS]: agreement.dimensions,
        [CartMetadataKey.REQUESTED_SHIP_DATE]: shipDate.toISOString(),
        sales_agreement_release: true,
      },
    })
  }
)
