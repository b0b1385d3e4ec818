import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import SalesAgreementModule from "../modules/sales-agreement"

/**
 * Read-only link: an agreement binds exactly one customer and already stores
 * `customer_id`, so a pivot table would only duplicate that column and need a
 * second write to stay in sync. The link lets `query.graph` traverse
 * `sales_agreement.customer` without it.
 */
export default defineLink(
  {
    linkable: SalesAgreementModule.linkable.salesAgreement,
    field: "customer_id",
  },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
