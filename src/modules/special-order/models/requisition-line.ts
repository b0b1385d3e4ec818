import { model } from "@medusajs/framework/utils"

/**
 * One line of the requisition worksheet: a purchase request raised by one
 * special-order / drop-shipment sales order line. Unique per order line, so
 * duplicate or concurrent `order.placed` deliveries raise it exactly once.
 */
export const RequisitionLine = model
  .define(
    { name: "RequisitionLine", tableName: "special_order_requisition_line" },
    {
      id: model.id({ prefix: "reql" }).primaryKey(),
      vendor_id: model.text().nullable(),
      product_variant_id: model.text(),
      vendor_sku: model.text().nullable(),
      title: model.text().nullable(),
      quantity: model.number(),
      unit_cost: model.bigNumber().nullable(),
      currency_code: model.text().nullable(),
      due_date: model.dateTime().nullable(),
      /** Business Central's action message; `new` until carried out */
      action_message: model.enum(["new", "cancel"]).default("new"),
      status: model.enum(["open", "carried_out", "canceled"]).default("open"),
      kind: model.enum(["special_order", "drop_shipment"]),
      purchasing_code_id: model.text(),
      order_id: model.text(),
      order_line_item_id: model.text(),
      /** drop shipment: the customer's shipping address, copied from the order */
      ship_to: model.json().nullable(),
      purchase_order_id: model.text().nullable(),
      purchase_order_line_id: model.text().nullable(),
      carried_out_at: model.dateTime().nullable(),
      canceled_at: model.dateTime().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    { name: "IDX_special_order_requisition_order_line", on: ["order_line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_special_order_requisition_order", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_special_order_requisition_status", on: ["status", "vendor_id"], where: "deleted_at IS NULL" },
  ])
