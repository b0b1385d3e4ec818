import type { MedusaContainer } from "@medusajs/framework/types"
import { toVendorPurchaseOrder } from "../../../domain/purchase-orders/vendor-view"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"
import { loadPurchaseOrder } from "../../../workflows/purchase-order/steps/retrieve-purchase-order"

/** The PO as its vendor sees it (see toVendorPurchaseOrder). */
export async function refetchVendorPurchaseOrder(scope: MedusaContainer, id: string) {
  const service = scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const po = await loadPurchaseOrder(service, id)
  return toVendorPurchaseOrder(po, po.vendor ?? { id: po.vendor_id, name: "" }, service.getOptions().warehouse_address ?? null)
}
