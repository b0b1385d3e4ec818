/** Events of special orders and purchase orders (listed in the README). */
export const SpecialOrderEvents = {
  /** a special-order / drop-shipment sales line raised a requisition line: `{ id, order_id, order_line_item_id }` */
  REQUESTED: "special_order.requested",
  /** carry-out created a purchase order: `{ id, number, vendor_id }` */
  PURCHASE_ORDER_CREATED: "purchase_order.created",
  /** a purchase order was sent (or re-sent) to its vendor: `{ id, number, vendor_id, resend }` */
  PURCHASE_ORDER_SENT: "purchase_order.sent",
  /** the vendor acknowledged it: `{ id, number, vendor_id, expected_ship_date }` */
  PURCHASE_ORDER_ACKNOWLEDGED: "purchase_order.acknowledged",
  /** the vendor reported shipment: `{ id, number, vendor_id, carrier, tracking_number }` */
  PURCHASE_ORDER_SHIPPED: "purchase_order.shipped",
  /** goods were received (in part or in full): `{ id, number, status, lines: [{ id, order_id, order_line_item_id, quantity_received, ready_to_fulfil }] }` */
  PURCHASE_ORDER_RECEIVED: "purchase_order.received",
} as const
