import { toDecimal } from "../money/decimal"
import type { CommitmentType, DecimalInput } from "../types"

export interface ConsumptionCommitment {
  id: string
  line_number: number
  commitment_type: CommitmentType
  max_enforced: boolean
  /** committed quantity (quantity commitments) */
  quantity: DecimalInput | null
  /** committed amount (value commitments) */
  amount: DecimalInput | null
  /** ordered − reversed − returned so far, from the ledger */
  net_quantity: DecimalInput
  net_amount: DecimalInput
}

export interface ConsumptionRequest {
  commitment_id: string
  quantity: DecimalInput
  amount: DecimalInput
}

export interface ConsumptionViolation {
  commitment_id: string
  line_number: number
  unit: "quantity" | "amount"
  remaining: string
  requested: string
}

/**
 * Whether new `ordered` movements fit their max-enforced commitments: the sum
 * requested per commitment must not exceed committed − net consumption.
 * Quantity commitments count quantities, value commitments amounts. Pure; the
 * caller holds the commitment rows locked while it decides and writes.
 */
export function checkConsumption(
  commitments: ConsumptionCommitment[],
  requests: ConsumptionRequest[]
): ConsumptionViolation[] {
  const wanted = new Map<string, { quantity: ReturnType<typeof toDecimal>; amount: ReturnType<typeof toDecimal> }>()
  for (const r of requests) {
    const prev = wanted.get(r.commitment_id) ?? { quantity: toDecimal(0), amount: toDecimal(0) }
    wanted.set(r.commitment_id, { quantity: prev.quantity.plus(toDecimal(r.quantity)), amount: prev.amount.plus(toDecimal(r.amount)) })
  }
  const violations: ConsumptionViolation[] = []
  for (const c of [...commitments].sort((a, b) => a.line_number - b.line_number)) {
    const w = wanted.get(c.id)
    if (!w || !c.max_enforced) continue
    const byQuantity = c.commitment_type === "product_quantity"
    const committed = byQuantity ? c.quantity : c.amount
    if (committed === null || committed === undefined) continue
    const remaining = toDecimal(committed).minus(toDecimal(byQuantity ? c.net_quantity : c.net_amount))
    const requested = byQuantity ? w.quantity : w.amount
    if (requested.gt(remaining)) {
      violations.push({
        commitment_id: c.id,
        line_number: c.line_number,
        unit: byQuantity ? "quantity" : "amount",
        remaining: remaining.toFixed(),
        requested: requested.toFixed(),
      })
    }
  }
  return violations
}
