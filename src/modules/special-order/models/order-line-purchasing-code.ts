import { model } from "@medusajs/framework/utils"

/** A purchasing code an admin set on one order line (wins over the variant's default). */
export const OrderLinePurchasingCode = model
  .define(
    { name: "OrderLinePurchasingCode", tableName: "special_order_line_purchasing_code" },
    {
      id: model.id({ prefix: "olpc" }).primaryKey(),
      order_id: model.text(),
      order_line_item_id: model.text(),
      purchasing_code_id: model.text(),
    }
  )
  .indexes([
    { name: "IDX_special_order_line_code_item", on: ["order_line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_special_order_line_code_order", on: ["order_id"], where: "deleted_at IS NULL" },
  ])
