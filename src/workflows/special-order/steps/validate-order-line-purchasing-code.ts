import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export type ValidateOrderLinePurchasingCodeStepInput = {
  order_id: string
  item_id: string
  purchasing_code_id: string | null
}

export const validateOrderLinePurchasingCodeStepId = "validate-order-line-purchasing-code"

/**
 * This step checks that a purchasing code may be set on an order line: the
 * order and its line exist (404), the order is not canceled, the line is not
 * on a purchase order yet (400), and — when a code is set — the line holds no
 * inventory reservation (409 naming the line and the reservation: an item
 * that is reserved cannot be special-ordered). Returns the order's status.
 */
export const validateOrderLinePurchasingCodeStep = createStep(
  validateOrderLinePurchasingCodeStepId,
  async (input: ValidateOrderLinePurchasingCodeStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = specialOrderService(container)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "is_draft_order", "items.id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as any
    if (!order) {
      throw specialOrderNotFound("Order", input.order_id, SpecialOrderErrorCode.ORDER_NOT_FOUND)
    }
    if (!(order.items ?? []).some((i: any) => i?.id === input.item_id)) {
      throw specialOrderNotFound(`Line item of order (${input.order_id})`, input.item_id, SpecialOrderErrorCode.ORDER_LINE_NOT_FOUND)
    }
    if (order.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order (${input.order_id}) is canceled: its lines' purchasing codes cannot change`,
        SpecialOrderErrorCode.ORDER_CANCELED
      )
    }
    if (input.purchasing_code_id) {
      const [code] = await service.listPurchasingCodes({ id: input.purchasing_code_id }, { select: ["id"] })
      if (!code) {
        throw specialOrderNotFound(
          "purchasing_code_id: purchasing code",
          input.purchasing_code_id,
          SpecialOrderErrorCode.PURCHASING_CODE_NOT_FOUND
        )
      }
    }
    const poLines = await service.listPurchaseOrderLines(
      { order_line_item_id: input.item_id },
      { select: ["id"], relations: ["purchase_order"] }
    )
    const live = poLines.filter((l: any) => l.purchase_order && l.purchase_order.status !== "canceled")
    if (live.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Line item (${input.item_id}) is already on purchase order (${live
          .map((l: any) => l.purchase_order.number)
          .join(", ")}): its purchasing code cannot change`,
        SpecialOrderErrorCode.LINE_ON_PURCHASE_ORDER
      )
    }
    if (input.purchasing_code_id) {
      const reservations = await container
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: input.item_id }, { select: ["id"] })
      if (reservations.length) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Line item (${input.item_id}) cannot be special-ordered: its item is already reserved in inventory (reservation ${reservations
            .map((r) => r.id)
            .join(", ")})`,
          SpecialOrderErrorCode.LINE_RESERVED
        )
      }
    }
    return new StepResponse({ status: order.status as string, is_draft_order: !!order.is_draft_order })
  }
)
