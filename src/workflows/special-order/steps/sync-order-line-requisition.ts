import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RequisitionLineDraft } from "../../../domain/special-orders/types"
import type { RaisedRequisitionLine } from "../../../types/special-order/service"
import { specialOrderService } from "./service"

export type SyncOrderLineRequisitionStepInput = {
  item_id: string
  /** what the line raises now (empty: it is no longer special-ordered) */
  drafts: RequisitionLineDraft[]
}

type Compensation = {
  raised: string[]
  removed: string[]
  updated: { id: string; purchasing_code_id: string; kind: string; ship_to: unknown }[]
}

export const syncOrderLineRequisitionStepId = "sync-order-line-requisition"

/**
 * This step brings a placed order line's purchase request in line with its
 * purchasing code: raises it (idempotently) when there is none, changes the
 * code, kind and ship-to of an open one, or removes an open one when the line
 * is no longer special-ordered. Returns the requisition lines raised now.
 */
export const syncOrderLineRequisitionStep = createStep(
  syncOrderLineRequisitionStepId,
  async (input: SyncOrderLineRequisitionStepInput, { container }) => {
    const service = specialOrderService(container)
    const comp: Compensation = { raised: [], removed: [], updated: [] }
    const [open] = await service.listRequisitionLines({ order_line_item_id: input.item_id, status: "open" })
    const draft = input.drafts.find((d) => d.order_line_item_id === input.item_id)
    let raised: RaisedRequisitionLine[] = []
    if (open && !draft) {
      await service.softDeleteRequisitionLines([open.id])
      comp.removed.push(open.id)
    } else if (open && draft) {
      comp.updated.push({ id: open.id, purchasing_code_id: open.purchasing_code_id, kind: open.kind, ship_to: open.ship_to })
      await service.updateRequisitionLines({
        id: open.id,
        purchasing_code_id: draft.purchasing_code_id,
        kind: draft.kind,
        ship_to: draft.ship_to,
      } as any)
    } else if (draft) {
      raised = await service.raiseRequisitionLines([draft])
      comp.raised.push(...raised.map((r) => r.id))
    }
    return new StepResponse(raised, comp)
  },
  async (comp, { container }) => {
    if (!comp) return
    const service = specialOrderService(container)
    if (comp.raised.length) await service.softDeleteRequisitionLines(comp.raised)
    if (comp.removed.length) await service.restoreRequisitionLines(comp.removed)
    if (comp.updated.length) await service.updateRequisitionLines(comp.updated as any)
  }
)
