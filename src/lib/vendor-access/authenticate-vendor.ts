import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyVendorSecret } from "../../domain/purchase-orders/vendor-secret"
import { SPECIAL_ORDER_MODULE } from "../../modules/special-order"
import type SpecialOrderModuleService from "../../modules/special-order/service"
import { vendorAccessDenied } from "../../utils/purchase-order-errors"
import { extractVendorSecret } from "./extract-vendor-secret"

/** A vendor request whose secret opened the PO of its `:id`. */
export type VendorRequest<Body = unknown> = MedusaRequest<Body> & { vendor_purchase_order_id: string }

/**
 * Authorizes a vendor API request by the per-PO secret: it must hash to the
 * hash stored on the PO named in the path and not be expired. A missing,
 * wrong or expired secret, another PO's secret and an unknown PO all get the
 * same 401 (`VENDOR_ACCESS_DENIED`), after the same work, so the answer does
 * not tell which.
 */
export function authenticateVendor() {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const secret = extractVendorSecret(req as any)
      const id = typeof req.params?.id === "string" ? req.params.id : ""
      const service = req.scope.resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
      const [po] = id
        ? ((await service.listPurchaseOrders(
            { id },
            { select: ["id", "access_token_hash", "access_token_expires_at"] }
          )) as any[])
        : []
      const ok = verifyVendorSecret(secret, po ? { hash: po.access_token_hash, expires_at: po.access_token_expires_at } : null)
      if (!ok) {
        res.setHeader("WWW-Authenticate", 'Bearer realm="vendor"')
        return next(vendorAccessDenied())
      }
      ;(req as VendorRequest).vendor_purchase_order_id = po.id
      // The secret opens this PO only; responses must not be cached by proxies.
      res.setHeader("Cache-Control", "no-store")
      res.setHeader("Referrer-Policy", "no-referrer")
      return next()
    } catch (error) {
      return next(error)
    }
  }
}
