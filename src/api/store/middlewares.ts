import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { priceAddedLineItem } from "./carts/middlewares/price-added-line-item"
import { priceUpdatedLineItem } from "./carts/middlewares/price-updated-line-item"
import { verifyAgreementPricesAtCheckout } from "./carts/middlewares/verify-agreement-prices-at-checkout"
import { StoreLinkCartSalesAgreement, StorePricePreview } from "./sales-agreements/validators"

const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const customer = authenticate("customer", ["session", "bearer"])

export const storeSalesAgreementMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/sales-agreements", middlewares: [optionalCustomer] },
  { method: ["GET"], matcher: "/store/sales-agreements/:id", middlewares: [optionalCustomer] },
  {
    method: ["POST"],
    matcher: "/store/sales-agreements/price-preview",
    middlewares: [optionalCustomer, validateAndTransformBody(StorePricePreview)],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/sales-agreement",
    middlewares: [
      customer,
      validateAndTransformBody(StoreLinkCartSalesAgreement),
      validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/store/carts/:id/sales-agreement",
    middlewares: [customer, validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig)],
  },
  // Medusa's own cart routes: these run after the core validation middlewares
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [priceAddedLineItem] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [priceUpdatedLineItem] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [verifyAgreementPricesAtCheckout] },
]
