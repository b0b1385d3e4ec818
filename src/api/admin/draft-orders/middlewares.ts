import { MiddlewareRoute } from "@medusajs/framework/http"
import { consumeReleaseOrder } from "./consume-release-order"

export const adminDraftOrderSalesAgreementMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/draft-orders/:id/convert-to-order", middlewares: [consumeReleaseOrder] },
]
