import { model } from "@medusajs/framework/utils"
import { PurchaseOrder } from "./purchase-order"

/**
 * One PO line, bound for good to the sales order line it was bought for
 * (`order_line_item_id` never changes: the supply cannot go to other demand).
 * A requisition line has at most one PO line that is not canceled; after a PO
 * is canceled its requisition lines can be carried out again.
 */
export const PurchaseOrderLine = model
  .define(
    { name: "PurchaseOrderLine", tableName: "special_order_purchase_order_line" },
    {
      id: model.id({ prefix: "pol" }).primaryKey(),
      line_number: model.number(),
      requisition_line_id: model.text(),
      order_id: model.text(),
      order_line_item_id: model.text(),
      product_variant_id: model.text(),
      vendor_sku: model.text().nullable(),
      title: model.text().nullable(),
      quantity: model.number(),
      quantity_received: model.number().default(0),
      unit_cost: model.bigNumber().nullable(),
      due_date: model.dateTime().nullable(),
      /** set when the sales order is canceled after carry-out: the line needs an admin's decision */
      flagged: model.boolean().default(false),
      flag_reason: model.text().nullable(),
      metadata: model.json().nullable(),
      purchase_order: model.belongsTo(() => PurchaseOrder, { mappedBy: "lines" }),
    }
  )
  .indexes([
    { name: "IDX_special_order_po_line_requisition", on: ["requisition_line_id"], where: "deleted_at IS NULL" },
    { name: "IDX_special_order_po_line_order_line", on: ["order_line_item_id"], where: "deleted_at IS NULL" },
  ])
