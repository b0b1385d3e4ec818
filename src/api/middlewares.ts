import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSalesAgreementMiddlewares } from "./admin/sales-agreements/middlewares"
import { adminSalesAgreementPolicyMiddlewares } from "./admin/sales-agreement-policies/middlewares"
import { adminDraftOrderSalesAgreementMiddlewares } from "./admin/draft-orders/middlewares"
import { adminOrderSalesAgreementMiddlewares } from "./admin/orders/middlewares"
import { adminReturnSalesAgreementMiddlewares } from "./admin/returns/middlewares"
import { storeSalesAgreementMiddlewares } from "./store/middlewares"
import { adminSpecialOrderMiddlewares } from "./admin/special-orders/middlewares"
import { adminPurchaseOrderMiddlewares } from "./admin/purchase-orders/middlewares"
import { vendorPurchaseOrderMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminSalesAgreementMiddlewares,
    ...adminSalesAgreementPolicyMiddlewares,
    ...adminReturnSalesAgreementMiddlewares,
    ...adminDraftOrderSalesAgreementMiddlewares,
    ...adminOrderSalesAgreementMiddlewares,
    ...storeSalesAgreementMiddlewares,
    ...adminSpecialOrderMiddlewares,
    ...adminPurchaseOrderMiddlewares,
    ...vendorPurchaseOrderMiddlewares,
  ],
})
