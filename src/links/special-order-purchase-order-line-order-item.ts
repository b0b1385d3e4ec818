import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SpecialOrderModule from "../modules/special-order"

/**
 * Read-only link from an order item (`order.items.detail`, whose `item_id` is
 * the order line item) to the purchase order lines bought for that line
 * (`purchase_order_line.order_line_item_id`; a line canceled with its PO can be
 * bought again, hence a list): `query.graph` reads
 * `order.items.detail.purchase_order_lines.purchase_order.number`, the
 * received quantity and the flag.
 *
 * Why from `detail.item_id` and not from the line item's `id`: Medusa 2.21.2's
 * query batches the relations of one stage by the parent's key field only, so
 * this link and the requisition-line link, both keyed on `order_line_item.id`,
 * would be fetched together from the first link's entity.
 */
export default defineLink(
  { linkable: OrderModule.linkable.orderItem, field: "item_id" },
  { ...SpecialOrderModule.linkable.purchaseOrderLine.id, primaryKey: "order_line_item_id" },
  { readOnly: true, isList: true }
)
