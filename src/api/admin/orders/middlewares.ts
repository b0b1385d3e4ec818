import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { guardRequestedShipDate } from "./guard-requested-ship-date"

export const AdminUnlinkOrderLines = z
  .object({ item_ids: z.array(z.string().min(1)).min(1).max(500), recalculate_price: z.boolean() })
  .strict()
export type AdminUnlinkOrderLinesType = z.infer<typeof AdminUnlinkOrderLines>

export const adminOrderSalesAgreementMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/sales-agreement/unlink",
    middlewares: [validateAndTransformBody(AdminUnlinkOrderLines)],
  },
  // Medusa's own order update: a requested ship date outside the agreement needs unlinking first
  { method: ["POST"], matcher: "/admin/orders/:id", middlewares: [guardRequestedShipDate] },
]
