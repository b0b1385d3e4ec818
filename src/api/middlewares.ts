import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSalesAgreementMiddlewares } from "./admin/sales-agreements/middlewares"
import { storeSalesAgreementMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [...adminSalesAgreementMiddlewares, ...storeSalesAgreementMiddlewares],
})
