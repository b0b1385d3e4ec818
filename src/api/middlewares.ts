import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSalesAgreementMiddlewares } from "./admin/sales-agreements/middlewares"

export default defineMiddlewares({
  routes: [...adminSalesAgreementMiddlewares],
})
