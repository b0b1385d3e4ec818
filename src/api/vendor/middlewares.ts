import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { authenticateVendor } from "../../lib/vendor-access/authenticate-vendor"
import {
  VendorAcknowledgePurchaseOrder,
  VendorGetPurchaseOrderDocumentParams,
  VendorGetPurchaseOrderParams,
  VendorShipPurchaseOrder,
} from "./validators"

// The secret is checked first: input errors are only reported to a vendor holding this PO's secret.
const vendor = authenticateVendor()

/** Middlewares of the vendor API (per-PO secret; no admin or customer auth, no publishable key). */
export const vendorPurchaseOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/purchase-orders/:id",
    middlewares: [vendor, validateAndTransformQuery(VendorGetPurchaseOrderParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/purchase-orders/:id/acknowledge",
    middlewares: [vendor, validateAndTransformBody(VendorAcknowledgePurchaseOrder)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/purchase-orders/:id/ship",
    middlewares: [vendor, validateAndTransformBody(VendorShipPurchaseOrder)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/purchase-orders/:id/document",
    middlewares: [vendor, validateAndTransformQuery(VendorGetPurchaseOrderDocumentParams, {})],
  },
]
