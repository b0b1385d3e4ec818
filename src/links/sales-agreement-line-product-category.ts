import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SalesAgreementModule from "../modules/sales-agreement"

/**
 * Read-only link on `sales_agreement_line.product_category_id` (see
 * sales-agreement-customer.ts for why read-only links): lets `query.graph`
 * read `sales_agreement_line.product_category`.
 */
export default defineLink(
  {
    linkable: SalesAgreementModule.linkable.salesAgreementLine,
    field: "product_category_id",
  },
  ProductModule.linkable.productCategory,
  { readOnly: true }
)
