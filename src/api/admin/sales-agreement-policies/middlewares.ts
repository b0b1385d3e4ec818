import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateSalesAgreementPolicy,
  AdminGetSalesAgreementPoliciesParams,
  AdminUpdateSalesAgreementPolicy,
} from "./validators"

export const adminSalesAgreementPolicyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sales-agreement-policies",
    middlewares: [validateAndTransformQuery(AdminGetSalesAgreementPoliciesParams, { defaults: [], isList: true, defaultLimit: 50 })],
  },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreement-policies",
    middlewares: [validateAndTransformBody(AdminCreateSalesAgreementPolicy)],
  },
  {
    method: ["POST"],
    matcher: "/admin/sales-agreement-policies/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSalesAgreementPolicy)],
  },
]
