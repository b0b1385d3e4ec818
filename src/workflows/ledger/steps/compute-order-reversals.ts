import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toDecimal } from "../../../domain/money/decimal"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import type { LedgerEntryInput } from "../../../types"
import { decimalString } from "../../../utils/decimals"

export const computeOrderReversalsStepId = "compute-order-reversals"

/**
 * Key of the movement that brings an order line's net consumption to
 * `target` from a ledger holding `rows` movements for that line (returns
 * apart). It is the key the reconciliation gives the same correction
 * (src/lib/reconcile/reconcile-ledger.ts), so a reversal and a reconciliation
 * deciding from the same state write one movement, never two.
 */
export const orderLineCorrectionKey = (orderLineItemId: string, target: { quantity: string; amount: string }, rows: number) =>
  `reconcile:ordered:${orderLineItemId}::${target.quantity}:${target.amount}:${rows}`

/**
 * This step works out the `reversed` movements that cancel what an order still
 * consumes, per order line (ordered − reversed so far), keyed so a second
 * delivery of the same event adds nothing.
 */
export const computeOrderReversalsStep = createStep(
  computeOrderReversalsStepId,
  async (input: { order_id: string; reason: string; order_line_item_ids?: string[] }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const entries = await service.listSalesAgreementLedgerEntries({
      order_id: input.order_id,
      ...(input.order_line_item_ids ? { order_line_item_id: input.order_line_item_ids } : {}),
    })
    const byLine = new Map<string, { entry: any; quantity: ReturnType<typeof toDecimal>; amount: ReturnType<typeof toDecimal> }>()
    const rowsByOrderLine = new Map<string, number>()
    for (const e of entries as any[]) {
      if (e.order_line_item_id && !e.return_id) {
        rowsByOrderLine.set(e.order_line_item_id, (rowsByOrderLine.get(e.order_line_item_id) ?? 0) + 1)
      }
      const key = `${e.order_line_item_id ?? e.cart_line_item_id}|${e.sales_agreement_line_id}`
      const sign = e.kind === "ordered" ? 1 : e.kind === "reversed" ? -1 : 0
      const prev = byLine.get(key) ?? { entry: e, quantity: toDecimal(0), amount: toDecimal(0) }
      prev.quantity = prev.quantity.plus(toDecimal(decimalString(e.raw_quantity?.value ?? e.quantity)).times(sign))
      prev.amount = prev.amount.plus(toDecimal(decimalString(e.raw_amount?.value ?? e.amount)).times(sign))
      byLine.set(key, prev)
    }
    const reversals: LedgerEntryInput[] = []
    for (const [key, { entry, quantity, amount }] of byLine) {
      if (!quantity.gt(0) && !amount.gt(0)) continue
      reversals.push({
        sales_agreement_id: entry.sales_agreement_id,
        sales_agreement_line_id: entry.sales_agreement_line_id,
        kind: "reversed",
        quantity: quantity.toFixed(),
        amount: amount.toFixed(),
        currency_code: entry.currency_code,
        order_id: input.order_id,
        order_line_item_id: entry.order_line_item_id,
        // an order line's reversal is the correction to zero the reconciliation
        // would write from the same state; lines without an order line keep a key of their own
        idempotency_key: entry.order_line_item_id
          ? orderLineCorrectionKey(entry.order_line_item_id, { quantity: "0", amount: "0" }, rowsByOrderLine.get(entry.order_line_item_id) ?? 0)
          : `reversed:${input.reason}:${key}`,
        metadata: { reason: input.reason },
      })
    }
    return new StepResponse(reversals)
  }
)
