import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SpecialOrderModule from "../modules/special-order"

/**
 * Read-only link from an order line item to the purchase request it raised
 * (`requisition_line.order_line_item_id`, unique per live line): lets
 * `query.graph` read `order.items.requisition_line` so the order shows its
 * special-order state. Read-only: no link table, the key is on our side.
 */
export default defineLink(
  { linkable: OrderModule.linkable.orderLineItem, field: "id" },
  { ...SpecialOrderModule.linkable.requisitionLine.id, primaryKey: "order_line_item_id" },
  { readOnly: true }
)
