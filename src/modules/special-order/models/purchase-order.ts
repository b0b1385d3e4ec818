import { model } from "@medusajs/framework/utils"
import { PurchaseOrderLine } from "./purchase-order-line"

/**
 * A purchase order to one vendor. Numbered `PO-000001`… from a database
 * sequence. The vendor opens it with a per-PO secret, stored only as a hash.
 */
export const PurchaseOrder = model
  .define(
    { name: "PurchaseOrder", tableName: "special_order_purchase_order" },
    {
      id: model.id({ prefix: "po" }).primaryKey(),
      number: model.text().searchable(),
      vendor_id: model.text(),
      status: model
        .enum(["draft", "sent", "acknowledged", "partially_received", "received", "canceled"])
        .default("draft"),
      kind: model.enum(["special_order", "drop_shipment"]),
      currency_code: model.text(),
      /** where the vendor ships: our warehouse (special order) or the customer (drop shipment) */
      ship_to: model.json().nullable(),
      /** drop shipment: the sales order whose customer the goods go to */
      order_id: model.text().nullable(),
      due_date: model.dateTime().nullable(),
      expected_ship_date: model.dateTime().nullable(),
      carrier: model.text().nullable(),
      tracking_number: model.text().nullable(),
      sent_at: model.dateTime().nullable(),
      acknowledged_at: model.dateTime().nullable(),
      shipped_at: model.dateTime().nullable(),
      received_at: model.dateTime().nullable(),
      canceled_at: model.dateTime().nullable(),
      /** sha256 of the vendor access secret; the secret itself is never stored */
      access_token_hash: model.text().nullable(),
      access_token_expires_at: model.dateTime().nullable(),
      notes: model.text().nullable(),
      metadata: model.json().nullable(),
      lines: model.hasMany(() => PurchaseOrderLine, { mappedBy: "purchase_order" }),
    }
  )
  .cascades({ delete: ["lines"] })
  .indexes([
    { name: "IDX_special_order_purchase_order_number", on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_special_order_purchase_order_vendor", on: ["vendor_id", "status"], where: "deleted_at IS NULL" },
    { name: "IDX_special_order_purchase_order_token", on: ["access_token_hash"], where: "deleted_at IS NULL AND access_token_hash IS NOT NULL" },
  ])
