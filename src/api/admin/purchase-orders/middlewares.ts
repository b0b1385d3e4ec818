import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listPurchaseOrderTransformQueryConfig } from "./query-config"
import {
  AdminCancelPurchaseOrder,
  AdminGetPurchaseOrderDocumentParams,
  AdminGetPurchaseOrderParams,
  AdminGetPurchaseOrdersParams,
  AdminReceivePurchaseOrder,
  AdminSendPurchaseOrder,
} from "./validators"

/** Middlewares of admin purchase orders. */
export const adminPurchaseOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/purchase-orders",
    middlewares: [validateAndTransformQuery(AdminGetPurchaseOrdersParams, listPurchaseOrderTransformQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-orders/:id",
    middlewares: [validateAndTransformQuery(AdminGetPurchaseOrderParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/send",
    middlewares: [validateAndTransformBody(AdminSendPurchaseOrder)],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/receive",
    middlewares: [validateAndTransformBody(AdminReceivePurchaseOrder)],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchase-orders/:id/cancel",
    middlewares: [validateAndTransformBody(AdminCancelPurchaseOrder)],
  },
  {
    method: ["GET"],
    matcher: "/admin/purchase-orders/:id/document",
    middlewares: [validateAndTransformQuery(AdminGetPurchaseOrderDocumentParams, {})],
  },
]
