import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SPECIAL_ORDER_MODULE } from "../../../../../../../modules/special-order"
import type SpecialOrderModuleService from "../../../../../../../modules/special-order/service"
import { SpecialOrderErrorCode } from "../../../../../../../utils/special-order-errors"
import { setOrderLinePurchasingCodeWorkflow } from "../../../../../../../workflows"
import { formatSpecialOrderRecord } from "../../../../../special-orders/helpers"
import type { AdminSetOrderLinePurchasingCodeType } from "../../../../../special-orders/validators"

/**
 * `POST /admin/orders/:id/line-items/:item_id/purchasing-code` `{ purchasing_code_id }` (null clears it):
 * sets the line's purchasing code; on a placed order the purchase request follows at once.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetOrderLinePurchasingCodeType>, res: MedusaResponse) => {
  const { purchasing_code_id } = req.validatedBody as AdminSetOrderLinePurchasingCodeType
  try {
    await setOrderLinePurchasingCodeWorkflow(req.scope).run({
      input: { order_id: req.params.id, item_id: req.params.item_id, purchasing_code_id },
    })
  } catch (error: any) {
    // Medusa's error handler replaces the message of every CONFLICT with a generic one;
    // this 409 must name the line and the reservation.
    if (error?.code === SpecialOrderErrorCode.LINE_RESERVED) {
      res.status(409).json({ type: error.type, code: error.code, message: error.message })
      return
    }
    throw error
  }
  const service = req.scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const [line] = await service.listRequisitionLines({ order_line_item_id: req.params.item_id })
  res.json({
    order_line_purchasing_code: { order_id: req.params.id, order_line_item_id: req.params.item_id, purchasing_code_id },
    requisition_line: line ? formatSpecialOrderRecord(line as any) : null,
  })
}
