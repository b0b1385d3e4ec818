import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"

export const reopenRequisitionLinesStepId = "reopen-requisition-lines"

const FIELDS = ["id", "status", "action_message", "purchase_order_id", "purchase_order_line_id", "carried_out_at", "canceled_at"]

/**
 * This step gives the demand of a canceled PO back to the worksheet: its
 * requisition lines return to `open` / action `new` without PO references,
 * so they can be carried out again — unless their sales order is canceled
 * (then they become `canceled` / action `cancel`). Only lines still pointing
 * at this PO are touched. Compensation restores them.
 */
export const reopenRequisitionLinesStep = createStep(
  reopenRequisitionLinesStepId,
  async (input: { purchase_order_id: string; requisition_line_ids: string[] }, { container }) => {
    if (!input.requisition_line_ids.length) {
      return new StepResponse({ reopened: [] as string[], canceled: [] as string[] }, [] as Record<string, unknown>[])
    }
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    const lines = ((await service.listRequisitionLines(
      { id: input.requisition_line_ids, purchase_order_id: input.purchase_order_id },
      { select: [...FIELDS, "order_id"] as any }
    )) as any[])
    if (!lines.length) {
      return new StepResponse({ reopened: [] as string[], canceled: [] as string[] }, [] as Record<string, unknown>[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: [...new Set(lines.map((l) => l.order_id as string))] },
    })
    const canceledOrders = new Set(orders.filter((o: any) => o.status === "canceled").map((o: any) => o.id))
    const now = new Date()
    const updates = lines.map((l) =>
      canceledOrders.has(l.order_id)
        ? { id: l.id, status: "canceled", action_message: "cancel", canceled_at: l.canceled_at ?? now, purchase_order_id: null, purchase_order_line_id: null, carried_out_at: null }
        : { id: l.id, status: "open", action_message: "new", purchase_order_id: null, purchase_order_line_id: null, carried_out_at: null }
    )
    await service.updateRequisitionLines(updates as any)
    const before = lines.map((l) => Object.fromEntries(FIELDS.map((f) => [f, l[f] ?? null])))
    return new StepResponse(
      {
        reopened: updates.filter((u) => u.status === "open").map((u) => u.id),
        canceled: updates.filter((u) => u.status === "canceled").map((u) => u.id),
      },
      before
    )
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const service = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    await service.updateRequisitionLines(before as any)
  }
)
