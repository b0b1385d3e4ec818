import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SpecialOrderModule from "../modules/special-order"

/**
 * Read-only link on `requisition_line.order_id`: lets `query.graph` read
 * `requisition_line.order` (display id, customer, status) from the worksheet.
 */
export default defineLink(
  { linkable: SpecialOrderModule.linkable.requisitionLine, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
