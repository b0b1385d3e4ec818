import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildPurchaseOrderView, type PurchaseOrderView } from "../../../domain/purchase-orders/purchase-order-view"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"
import { loadPurchaseOrder, type RetrievedPurchaseOrder } from "../../../workflows/purchase-order/steps/retrieve-purchase-order"

/** The admin shape of a PO: lines, vendor, and whether a vendor link is live (never the hash). */
export function formatAdminPurchaseOrder(po: RetrievedPurchaseOrder, now = new Date()) {
  const expires = po.access_token_expires_at ? Date.parse(po.access_token_expires_at) : NaN
  return {
    ...po,
    vendor_access: {
      active: po.status !== "draft" && Number.isFinite(expires) && now.getTime() < expires,
      expires_at: po.access_token_expires_at,
    },
  }
}

/** Reads one PO for the admin API, or a 404 naming the id. */
export async function refetchAdminPurchaseOrder(scope: MedusaContainer, id: string) {
  const service = scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  return formatAdminPurchaseOrder(await loadPurchaseOrder(service, id))
}

/** The document model of a PO, with the store name and the warehouse as fallback ship-to. */
export async function purchaseOrderDocumentView(scope: MedusaContainer, po: RetrievedPurchaseOrder): Promise<PurchaseOrderView> {
  const service = scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["name"] })
  return buildPurchaseOrderView(po, po.vendor, {
    store_name: (stores[0] as any)?.name ?? null,
    fallback_ship_to: service.getOptions().warehouse_address ?? null,
  })
}
