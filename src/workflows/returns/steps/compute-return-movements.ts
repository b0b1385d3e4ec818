import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toDecimal } from "../../../domain/money/decimal"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import type { LedgerEntryInput } from "../../../types"
import { decimalString } from "../../../utils/decimals"

export const computeReturnMovementsStepId = "compute-return-movements"

/**
 * This step brings a return's `returned` movements to what they should be:
 * the received quantity of each linked order line while the return is linked,
 * nothing while it is unlinked. Only the difference is written, keyed by the
 * link generation and the target, so replays add nothing and every receive,
 * unlink or relink counts once.
 */
export const computeReturnMovementsStep = createStep(
  computeReturnMovementsStepId,
  async (input: { return_id: string; link: { linked: boolean; generation: number } | null }, { container }) => {
    if (!input.link) {
      return new StepResponse([] as LedgerEntryInput[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "return",
      fields: ["id", "order_id", "items.item_id", "items.received_quantity", "items.raw_received_quantity"],
      filters: { id: input.return_id },
    })
    const ret = data[0] as any
    if (!ret) {
      return new StepResponse([] as LedgerEntryInput[])
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const entries = (await service.listSalesAgreementLedgerEntries({ order_id: ret.order_id })) as any[]
    const value = (e: any, f: "quantity" | "amount") => toDecimal(decimalString(e[`raw_${f}`]?.value ?? e[f]))
    const movements: LedgerEntryInput[] = []
    const received = new Map<string, ReturnType<typeof toDecimal>>()
    for (const item of ret.items ?? []) {
      const q = toDecimal(decimalString(item.raw_received_quantity?.value ?? item.received_quantity ?? 0))
      received.set(item.item_id, (received.get(item.item_id) ?? toDecimal(0)).plus(q))
    }
    for (const [lineId, quantity] of received) {
      const ordered = entries.filter((e) => e.kind === "ordered" && e.order_line_item_id === lineId)
      if (!ordered.length) continue
      const orderedQty = ordered.reduce((s, e) => s.plus(value(e, "quantity")), toDecimal(0))
      const orderedAmount = ordered.reduce((s, e) => s.plus(value(e, "amount")), toDecimal(0))
      const unitAmount = orderedQty.isZero() ? toDecimal(0) : orderedAmount.div(orderedQty)
      const target = input.link.linked ? quantity : toDecimal(0)
      const counted = entries
        .filter((e) => e.kind === "returned" && e.return_id === input.return_id && e.order_line_item_id === lineId)
        .reduce((s, e) => s.plus(value(e, "quantity")), toDecimal(0))
      const delta = target.minus(counted)
      if (delta.isZero()) continue
      movements.push({
        sales_agreement_id: ordered[0].sales_agreement_id,
        sales_agreement_line_id: ordered[0].sales_agreement_line_id,
        kind: "returned",
        quantity: delta.toFixed(),
        amount: delta.times(unitAmount).decimalPlaces(20).toFixed(),
        currency_code: ordered[0].currency_code,
        order_id: ret.order_id,
        order_line_item_id: lineId,
        return_id: input.return_id,
        idempotency_key: `returned:${input.return_id}:${lineId}:g${input.link.generation}:${target.toFixed()}`,
      })
    }
    return new StepResponse(movements)
  }
)
