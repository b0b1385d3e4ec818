import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  purchasingCodeQueryConfig,
  requisitionLineQueryConfig,
  variantSourcingQueryConfig,
  vendorQueryConfig,
} from "./query-config"
import {
  AdminCarryOutRequisitionLines,
  AdminCreatePurchasingCode,
  AdminCreateVendor,
  AdminGetPurchasingCodeParams,
  AdminGetPurchasingCodesParams,
  AdminGetRequisitionLineParams,
  AdminGetRequisitionLinesParams,
  AdminGetSalesOrders,
  AdminGetVendorParams,
  AdminGetVendorsParams,
  AdminGetVendorVariantsParams,
  AdminRemoveVariantSourcing,
  AdminSetOrderLinePurchasingCode,
  AdminUpdatePurchasingCode,
  AdminUpdateRequisitionLine,
  AdminUpdateVendor,
  AdminUpsertVariantSourcing,
} from "./validators"

const vendor = validateAndTransformQuery(AdminGetVendorParams, vendorQueryConfig.retrieve)
const code = validateAndTransformQuery(AdminGetPurchasingCodeParams, purchasingCodeQueryConfig.retrieve)
const sourcing = validateAndTransformQuery(AdminGetVendorParams, variantSourcingQueryConfig.retrieve)
const requisitionLine = validateAndTransformQuery(AdminGetRequisitionLineParams, requisitionLineQueryConfig.retrieve)

/** Middlewares of vendors, purchasing codes, variant sourcing, order-line purchasing codes, requisition worksheet. */
export const adminSpecialOrderMiddlewares: MiddlewareRoute[] = [
  // vendors
  {
    method: ["GET"],
    matcher: "/admin/vendors",
    middlewares: [validateAndTransformQuery(AdminGetVendorsParams, vendorQueryConfig.list)],
  },
  { method: ["POST"], matcher: "/admin/vendors", middlewares: [validateAndTransformBody(AdminCreateVendor), vendor] },
  { method: ["GET"], matcher: "/admin/vendors/:id", middlewares: [vendor] },
  { method: ["POST"], matcher: "/admin/vendors/:id", middlewares: [validateAndTransformBody(AdminUpdateVendor), vendor] },
  {
    method: ["GET"],
    matcher: "/admin/vendors/:id/variants",
    middlewares: [validateAndTransformQuery(AdminGetVendorVariantsParams, variantSourcingQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/vendors/:id/variants",
    middlewares: [validateAndTransformBody(AdminUpsertVariantSourcing), sourcing],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/vendors/:id/variants",
    middlewares: [validateAndTransformQuery(AdminRemoveVariantSourcing, {})],
  },
  // purchasing codes
  {
    method: ["GET"],
    matcher: "/admin/purchasing-codes",
    middlewares: [validateAndTransformQuery(AdminGetPurchasingCodesParams, purchasingCodeQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/purchasing-codes",
    middlewares: [validateAndTransformBody(AdminCreatePurchasingCode), code],
  },
  { method: ["GET"], matcher: "/admin/purchasing-codes/:id", middlewares: [code] },
  {
    method: ["POST"],
    matcher: "/admin/purchasing-codes/:id",
    middlewares: [validateAndTransformBody(AdminUpdatePurchasingCode), code],
  },
  // order lines
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/line-items/:item_id/purchasing-code",
    middlewares: [validateAndTransformBody(AdminSetOrderLinePurchasingCode)],
  },
  // requisition worksheet
  {
    method: ["GET"],
    matcher: "/admin/requisition-lines",
    middlewares: [validateAndTransformQuery(AdminGetRequisitionLinesParams, requisitionLineQueryConfig.list)],
  },
  {
    method: ["POST"],
    matcher: "/admin/requisition-lines/get-sales-orders",
    middlewares: [validateAndTransformBody(AdminGetSalesOrders)],
  },
  {
    method: ["POST"],
    matcher: "/admin/requisition-lines/carry-out",
    middlewares: [validateAndTransformBody(AdminCarryOutRequisitionLines)],
  },
  { method: ["GET"], matcher: "/admin/requisition-lines/:id", middlewares: [requisitionLine] },
  {
    method: ["POST"],
    matcher: "/admin/requisition-lines/:id",
    middlewares: [validateAndTransformBody(AdminUpdateRequisitionLine), requisitionLine],
  },
]
