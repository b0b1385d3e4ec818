import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares of the vendor API (per-PO secret). */
export const vendorPurchaseOrderMiddlewares: MiddlewareRoute[] = []
