import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const AdminLinkReturnSalesAgreement = z.object({ sales_agreement_id: z.string().min(1).optional() }).strict()

export const adminReturnSalesAgreementMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/returns/:id/sales-agreement",
    middlewares: [validateAndTransformBody(AdminLinkReturnSalesAgreement)],
  },
]
