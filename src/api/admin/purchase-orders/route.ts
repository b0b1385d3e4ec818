import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"
import { loadPurchaseOrders } from "../../../workflows/purchase-order/steps/retrieve-purchase-order"
import { formatAdminPurchaseOrder } from "./helpers"
import type { AdminGetPurchaseOrdersParamsType } from "./validators"

const many = (value: string | string[] | undefined) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPurchaseOrdersParamsType>, res: MedusaResponse) => {
  const service = req.scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
  const { q, vendor_id, status, order_id } = req.validatedQuery as AdminGetPurchaseOrdersParamsType
  const filters: Record<string, unknown> = {}
  if (vendor_id) filters.vendor_id = many(vendor_id)
  if (status) filters.status = many(status as string | string[])
  if (q) filters.number = { $ilike: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }
  if (order_id) {
    // a PO belongs to an order when one of its lines was bought for it
    const lines = await service.listPurchaseOrderLines({ order_id: many(order_id) }, { select: ["id", "purchase_order_id"] as any })
    filters.id = [...new Set(lines.map((l: any) => l.purchase_order_id as string))]
  }
  const { skip = 0, take = 20, order } = req.queryConfig.pagination ?? {}
  const [rows, count] = await service.listAndCountPurchaseOrders(filters, {
    select: ["id"],
    skip,
    take,
    order: order && Object.keys(order).length ? order : { created_at: "DESC" },
  } as any)
  const purchase_orders = (await loadPurchaseOrders(service, rows.map((r: any) => r.id))).map((po) => formatAdminPurchaseOrder(po))
  res.json({ purchase_orders, count, offset: skip, limit: take })
}
