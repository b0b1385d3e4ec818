import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderEvents } from "../../../utils/special-order-events"
import { carryOutRequisitionLinesStep, resolveWarehouseAddressStep, validateCarryOutStep } from "../steps"

export type CarryOutRequisitionLinesWorkflowInput = {
  /** chosen requisition lines (default: every open line) */
  ids?: string[]
  /**
   * the open lines of these orders, leaving out lines without a vendor
   * (used by automatic carry-out after `order.placed`)
   */
  order_ids?: string[]
}

export const carryOutRequisitionLinesWorkflowId = "carry-out-requisition-lines"

/**
 * Business meaning: "carry out action messages" of the requisition worksheet.
 * Open requisition lines become draft purchase orders, one per vendor (and, for
 * drop shipments, one per vendor and sales order, shipping to that customer),
 * numbered `PO-000001`…; each PO line is bound for good to its requisition line
 * and sales order line. A line is carried out exactly once, even under
 * concurrent carry-outs. Emits `purchase_order.created` per purchase order.
 *
 * @example
 * const { result } = await carryOutRequisitionLinesWorkflow(container).run({ input: { ids: ["reql_123"] } })
 * result.purchase_orders // [{ id, number, vendor_id, lines: [...] }]
 */
export const carryOutRequisitionLinesWorkflow = createWorkflow(
  carryOutRequisitionLinesWorkflowId,
  (input: CarryOutRequisitionLinesWorkflowInput) => {
    const validation = when({ input }, ({ input }) => !input.order_ids).then(() =>
      validateCarryOutStep({ ids: input.ids })
    )
    const warehouse = resolveWarehouseAddressStep()
    const selector = transform({ input, warehouse }, ({ input, warehouse }) => ({
      ids: input.ids,
      order_ids: input.order_ids,
      warehouse_address: warehouse,
    }))
    const purchaseOrders = carryOutRequisitionLinesStep(selector)
    const events = transform({ purchaseOrders }, ({ purchaseOrders }) =>
      purchaseOrders.map((p) => ({ id: p.id, number: p.number, vendor_id: p.vendor_id }))
    )
    emitEventStep({ eventName: SpecialOrderEvents.PURCHASE_ORDER_CREATED, data: events })
    const result = transform({ purchaseOrders, validation }, ({ purchaseOrders, validation }) => {
      const carried = new Set(purchaseOrders.flatMap((p) => p.lines.map((l) => l.requisition_line_id)))
      return {
        purchase_orders: purchaseOrders,
        skipped: (validation?.skipped ?? []).filter((s) => !carried.has(s.id)),
      }
    })
    return new WorkflowResponse(result)
  }
)
