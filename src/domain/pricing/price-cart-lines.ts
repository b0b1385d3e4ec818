import { rankCommitments } from "../commitments/select-commitment"
import { decimalToString, toDecimal } from "../money/decimal"
import type { PolicyDecision, PolicyInput } from "../policy"
import type { CommitmentCandidate, CommitmentType, DecimalInput, SelectableItem } from "../types"
import { computeAgreementUnitPrice, computeLineAmount } from "./compute-agreement-price"

/** A commitment with its price terms, policies and its balance from other orders. */
export interface PricingCommitment extends CommitmentCandidate {
  commitment_type: CommitmentType
  quantity: string | null
  amount: string | null
  unit_price: string | null
  price_unit: string | null
  discount_percent: string | null
  discount_amount: string | null
  max_enforced: boolean
  price_fixed: boolean
  min_release_amount: string | null
  max_release_amount: string | null
  ordered_quantity: string
  ordered_amount: string
  returned_quantity: string
  returned_amount: string
}

export interface PricingAgreement {
  id: string
  status: string
  currency_code: string
  effective_date: Date | string
  expiration_date: Date | string
  lines: PricingCommitment[]
}

export interface PricingLine extends SelectableItem {
  /** caller's key for the line (item id, or an index for lines not yet created) */
  key: string
  quantity: DecimalInput
  /** what Medusa charges without the plugin; null when the variant has no price */
  trade_unit_price: DecimalInput | null
  /** an admin set a price that differs from the agreement price (price-fixed policy) */
  price_overridden?: boolean
}

export interface LinePricing {
  key: string
  linked: boolean
  sales_agreement_id: string | null
  sales_agreement_line_id: string | null
  /** the price to charge: the agreement price when linked, else the trade price */
  unit_price: string | null
  agreement_unit_price: string | null
  trade_unit_price: string | null
  outcome: PolicyDecision["outcome"]
  /** why the line is not linked, or blocked (most specific commitment first) */
  reasons: PolicyDecision["reasons"]
  warnings: PolicyDecision["warnings"]
}

export interface PriceCartLinesInput {
  agreement: PricingAgreement
  lines: PricingLine[]
  currency_code: string
  requested_ship_date: Date
  customer_id: string
  context: PolicyInput["context"]
  evaluate: (input: PolicyInput) => Promise<PolicyDecision>
  /** what other lines of the same cart already take from each commitment (by commitment id) */
  prior_consumption?: Record<string, { quantity: DecimalInput; amount: DecimalInput }>
}

const NO_COMMITMENT = {
  rule: "no-matching-commitment",
  code: "no_matching_commitment",
  message: "No commitment of the agreement covers this product",
  decision: "unlink" as const,
  severity: "info" as const,
}

/**
 * Prices every line of a cart against one agreement: each line links to the
 * most specific commitment the policy accepts, consuming that commitment's
 * remaining balance in line order (lines of one cart share a commitment), or
 * keeps its trade price with the reasons. Pure: no I/O besides `evaluate`.
 */
export async function priceCartLines(input: PriceCartLinesInput): Promise<LinePricing[]> {
  const consumed = new Map<string, { quantity: string; amount: string }>(
    Object.entries(input.prior_consumption ?? {}).map(([id, c]) => [
      id,
      { quantity: decimalToString(c.quantity), amount: decimalToString(c.amount) },
    ])
  )
  const out: LinePricing[] = []

  for (const line of input.lines) {
    const trade = line.trade_unit_price === null || line.trade_unit_price === undefined ? null : decimalToString(line.trade_unit_price)
    // validity is a policy decision: an out-of-date commitment yields its reason
    const ranked = rankCommitments(line, input.agreement.lines, {
      date: input.requested_ship_date,
      header_expiration: input.agreement.expiration_date,
      ignoreValidity: true,
    })
    const reasons: PolicyDecision["reasons"] = []
    let chosen: LinePricing | null = null
    for (const commitment of ranked) {
      const agreementPrice = computeAgreementUnitPrice({ terms: commitment, trade_unit_price: trade })
      if (agreementPrice === null) {
        reasons.push({
          rule: "no-trade-price",
          code: "no_trade_price",
          message: "The product has no price in this currency to apply the agreement discount to",
          decision: "unlink",
          severity: "warning",
        })
        continue
      }
      const already = consumed.get(commitment.id)
      const decision = await input.evaluate({
        context: input.context,
        agreement: input.agreement,
        order: {
          currency_code: input.currency_code,
          requested_ship_date: input.requested_ship_date,
          customer_id: input.customer_id,
        },
        commitment,
        balance: {
          ordered_quantity: already ? toDecimal(commitment.ordered_quantity).plus(already.quantity).toFixed() : commitment.ordered_quantity,
          ordered_amount: already ? toDecimal(commitment.ordered_amount).plus(already.amount).toFixed() : commitment.ordered_amount,
          returned_quantity: commitment.returned_quantity,
          returned_amount: commitment.returned_amount,
        },
        line: {
          quantity: decimalToString(line.quantity),
          trade_unit_price: trade,
          agreement_unit_price: agreementPrice,
          price_overridden: !!line.price_overridden,
        },
      } as PolicyInput)
      if (decision.outcome === "block") {
        chosen = result(line.key, false, null, trade, agreementPrice, decision.outcome, decision.reasons, decision.warnings, input.agreement.id)
        break
      }
      if (decision.outcome === "unlink") {
        reasons.push(...decision.reasons)
        continue
      }
      const amount = computeLineAmount(agreementPrice, line.quantity)
      consumed.set(commitment.id, {
        quantity: toDecimal(already?.quantity ?? 0).plus(toDecimal(line.quantity)).toFixed(),
        amount: toDecimal(already?.amount ?? 0).plus(amount).toFixed(),
      })
      chosen = result(line.key, true, commitment.id, trade, agreementPrice, decision.outcome, reasons, decision.warnings, input.agreement.id)
      break
    }
    out.push(
      chosen ??
        result(line.key, false, null, trade, null, "unlink", reasons.length ? reasons : [NO_COMMITMENT], [], input.agreement.id)
    )
  }
  return out
}

function result(
  key: string,
  linked: boolean,
  commitmentId: string | null,
  trade: string | null,
  agreementPrice: string | null,
  outcome: PolicyDecision["outcome"],
  reasons: PolicyDecision["reasons"],
  warnings: PolicyDecision["warnings"],
  agreementId: string
): LinePricing {
  return {
    key,
    linked,
    sales_agreement_id: linked ? agreementId : null,
    sales_agreement_line_id: commitmentId,
    unit_price: linked ? agreementPrice : trade,
    agreement_unit_price: agreementPrice,
    trade_unit_price: trade,
    outcome,
    reasons: linked ? [] : reasons,
    warnings,
  }
}
