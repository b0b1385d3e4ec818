import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares of vendors, purchasing codes, variant sourcing, order-line purchasing codes, requisition worksheet. */
export const adminSpecialOrderMiddlewares: MiddlewareRoute[] = []
