import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listSalesAgreementTransformQueryConfig, retrieveSalesAgreementTransformQueryConfig } from "./query-config"
import {
  AdminConfirmSalesAgreement,
  AdminCreateSalesAgreement,
  AdminCreateSalesAgreementLine,
  AdminGetSalesAgreementDocumentParams,
  AdminGetSalesAgreementLedgerParams,
  AdminReleaseSalesAgreementOrder,
  AdminGetSalesAgreementParams,
  AdminGetSalesAgreementsParams,
  AdminGetSalesAgreementVersionParams,
  AdminUpdateSalesAgreement,
  AdminUpdateSalesAgreementLine,
  AdminUpdateSalesAgreementStatus,
} from "./validators"

const retrieve = validateAndTransformQuery(AdminGetSalesAgreementParams, retrieveSalesAgreementTransformQueryConfig)

export const adminSalesAgreementMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sales-agreements",
    middlewares: [validateAndTransformQuery(AdminGetSalesAgreementsParams, listSalesAgreementTransformQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreements",
    middlewares: [validateAndTransformBody(AdminCreateSalesAgreement), retrieve],
  },
  { method: ["GET"], matcher: "/admin/sales-agreements/:id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreements/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSalesAgreement), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreements/:id/lines",
    middlewares: [validateAndTransformBody(AdminCreateSalesAgreementLine), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreements/:id/lines/:line_id",
    middlewares: [validateAndTransformBody(AdminUpdateSalesAgreementLine), retrieve],
  },
  { method: ["DELETE"], matcher: "/admin/sales-agreements/:id/lines/:line_id", middlewares: [retrieve] },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreements/:id/status",
    middlewares: [validateAndTransformBody(AdminUpdateSalesAgreementStatus), retrieve],
  },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreements/:id/confirm",
    middlewares: [validateAndTransformBody(AdminConfirmSalesAgreement)],
  },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreements/:id/release",
    middlewares: [validateAndTransformBody(AdminReleaseSalesAgreementOrder)],
  },
  {
    method: ["GET"],
    matcher: "/admin/sales-agreements/:id/lines/:line_id/ledger",
    middlewares: [validateAndTransformQuery(AdminGetSalesAgreementLedgerParams, { defaults: [], isList: true, defaultLimit: 50 })],
  },
  {
    method: ["GET"],
    matcher: "/admin/sales-agreements/:id/versions/:version",
    middlewares: [validateAndTransformQuery(AdminGetSalesAgreementVersionParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/sales-agreements/:id/versions/:version/document",
    middlewares: [validateAndTransformQuery(AdminGetSalesAgreementDocumentParams, {})],
  },
]
