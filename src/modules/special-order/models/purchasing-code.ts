import { model } from "@medusajs/framework/utils"

/**
 * A purchasing code (Business Central "Procédure achat"): either special order
 * (vendor ships to our warehouse) or drop shipment (vendor ships to the
 * customer), never both — hence one `kind`, not two flags.
 */
export const PurchasingCode = model
  .define(
    { name: "PurchasingCode", tableName: "special_order_purchasing_code" },
    {
      id: model.id({ prefix: "pcode" }).primaryKey(),
      code: model.text().searchable(),
      description: model.text().nullable(),
      kind: model.enum(["special_order", "drop_shipment"]),
      metadata: model.json().nullable(),
    }
  )
  .indexes([{ name: "IDX_special_order_purchasing_code_code", on: ["code"], unique: true, where: "deleted_at IS NULL" }])
