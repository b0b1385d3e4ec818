import { toDecimal } from "../money/decimal"

/** What the orders say one order line should have consumed (or returned) from a commitment. */
export interface ExpectedMovement {
  kind: "ordered" | "returned"
  sales_agreement_id: string
  sales_agreement_line_id: string
  order_id: string
  order_line_item_id: string
  return_id?: string | null
  quantity: string
  amount: string
  currency_code: string
}

/** What the ledger holds for the same key (ordered net of reversals, or returned). */
export interface ActualMovement {
  kind: "ordered" | "returned"
  sales_agreement_id: string
  sales_agreement_line_id: string
  order_id: string
  order_line_item_id: string
  return_id?: string | null
  quantity: string
  amount: string
  currency_code: string
}

export interface LedgerDrift {
  kind: "ordered" | "returned"
  sales_agreement_id: string
  sales_agreement_line_id: string
  order_id: string
  order_line_item_id: string
  return_id: string | null
  currency_code: string
  expected_quantity: string
  actual_quantity: string
  expected_amount: string
  actual_amount: string
  /** expected − actual */
  quantity_delta: string
  amount_delta: string
}

const keyOf = (m: { kind: string; order_line_item_id: string; sales_agreement_line_id: string; return_id?: string | null }) =>
  `${m.kind}|${m.order_line_item_id}|${m.sales_agreement_line_id}|${m.return_id ?? ""}`

/**
 * Compares what the orders say with what the ledger holds, per order line,
 * commitment and kind (and return), and lists every difference in exact
 * decimals. Anything the ledger holds that the orders no longer justify is
 * expected to be zero (a canceled order, an unlinked line).
 */
export function computeLedgerDrift(expected: ExpectedMovement[], actual: ActualMovement[]): LedgerDrift[] {
  const rows = new Map<string, { e?: ExpectedMovement; a?: ActualMovement }>()
  for (const e of expected) rows.set(keyOf(e), { ...rows.get(keyOf(e)), e })
  for (const a of actual) rows.set(keyOf(a), { ...rows.get(keyOf(a)), a })
  const drift: LedgerDrift[] = []
  for (const { e, a } of rows.values()) {
    const ref = (e ?? a)!
    const eq = toDecimal(e?.quantity ?? 0)
    const aq = toDecimal(a?.quantity ?? 0)
    const ea = toDecimal(e?.amount ?? 0)
    const aa = toDecimal(a?.amount ?? 0)
    if (eq.eq(aq) && ea.eq(aa)) continue
    drift.push({
      kind: ref.kind,
      sales_agreement_id: ref.sales_agreement_id,
      sales_agreement_line_id: ref.sales_agreement_line_id,
      order_id: ref.order_id,
      order_line_item_id: ref.order_line_item_id,
      return_id: ref.return_id ?? null,
      currency_code: ref.currency_code,
      expected_quantity: eq.toFixed(),
      actual_quantity: aq.toFixed(),
      expected_amount: ea.toFixed(),
      actual_amount: aa.toFixed(),
      quantity_delta: eq.minus(aq).toFixed(),
      amount_delta: ea.minus(aa).toFixed(),
    })
  }
  return drift.sort((x, y) => (x.order_id + x.order_line_item_id + x.kind).localeCompare(y.order_id + y.order_line_item_id + y.kind))
}
