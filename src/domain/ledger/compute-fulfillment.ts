import { toDecimal } from "../money/decimal"
import type { CommitmentType, DecimalInput } from "../types"

export interface FulfillmentInput {
  commitment_type: CommitmentType
  quantity: DecimalInput | null
  amount: DecimalInput | null
  /** net of reversals */
  ordered_quantity: DecimalInput
  ordered_amount: DecimalInput
  returned_quantity: DecimalInput
  returned_amount: DecimalInput
}

export interface Fulfillment {
  unit: "quantity" | "amount"
  committed: string | null
  ordered: string
  returned: string
  remaining: string | null
  /** (ordered − returned) / committed × 100, 2 decimals; null without a committed figure */
  percent_fulfilled: string | null
}

/** The fulfillment figures of one commitment, in its own unit (quantity or amount). */
export function computeFulfillment(line: FulfillmentInput): Fulfillment {
  const byQuantity = line.commitment_type === "product_quantity"
  const committed = byQuantity ? line.quantity : line.amount
  const ordered = toDecimal(byQuantity ? line.ordered_quantity : line.ordered_amount)
  const returned = toDecimal(byQuantity ? line.returned_quantity : line.returned_amount)
  const net = ordered.minus(returned)
  const c = committed === null || committed === undefined ? null : toDecimal(committed)
  return {
    unit: byQuantity ? "quantity" : "amount",
    committed: c ? c.toFixed() : null,
    ordered: ordered.toFixed(),
    returned: returned.toFixed(),
    remaining: c ? c.minus(net).toFixed() : null,
    percent_fulfilled: c && !c.isZero() ? net.div(c).times(100).decimalPlaces(2, 4).toFixed() : null,
  }
}
