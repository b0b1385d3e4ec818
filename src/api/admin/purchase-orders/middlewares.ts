import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares of admin purchase orders. */
export const adminPurchaseOrderMiddlewares: MiddlewareRoute[] = []
