import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildPurchaseOrderNotification } from "../../../domain/purchase-orders/notification-payload"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"
import { PurchaseOrderErrorCode } from "../../../utils/purchase-order-errors"
import type { RetrievedPurchaseOrder } from "./retrieve-purchase-order"

export const preparePurchaseOrderNotificationStepId = "prepare-purchase-order-notification"

/**
 * This step builds the vendor notification of a sent PO (template
 * `special-order.purchase-order`) with the module options (portal URL,
 * warehouse address) and the store name. Nothing to compensate.
 */
export const preparePurchaseOrderNotificationStep = createStep(
  preparePurchaseOrderNotificationStepId,
  async (
    input: { purchase_order: RetrievedPurchaseOrder; secret: string; expires_at: string; resend: boolean },
    { container }
  ) => {
    const po = input.purchase_order
    if (!po.vendor) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `vendor_id: the vendor (${po.vendor_id}) of purchase order ${po.number} does not exist`,
        PurchaseOrderErrorCode.VENDOR_NOT_FOUND
      )
    }
    const options = container.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE).getOptions()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({ entity: "store", fields: ["name"] })
    const notification = buildPurchaseOrderNotification({
      purchase_order: po,
      vendor: po.vendor,
      secret: input.secret,
      expires_at: new Date(input.expires_at),
      portal_url: options.vendor_portal_url,
      resend: input.resend,
      store_name: (stores[0] as any)?.name ?? null,
      fallback_ship_to: options.warehouse_address ?? null,
    })
    return new StepResponse([{ ...notification, data: notification.data as unknown as Record<string, unknown> }])
  }
)
