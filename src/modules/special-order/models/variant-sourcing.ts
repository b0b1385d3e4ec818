import { model } from "@medusajs/framework/utils"

/**
 * Where a product variant is bought: its vendor, the vendor's SKU, the unit
 * cost (in the vendor's currency) and its default purchasing code. One
 * sourcing per variant. `previous_manage_inventory` remembers the variant's
 * setting when a special-order default code made the plugin turn inventory
 * management off (so checkout does not reserve stock), to restore it later.
 */
export const VariantSourcing = model
  .define(
    { name: "VariantSourcing", tableName: "special_order_variant_sourcing" },
    {
      id: model.id({ prefix: "vsrc" }).primaryKey(),
      vendor_id: model.text(),
      product_variant_id: model.text(),
      vendor_sku: model.text().nullable(),
      unit_cost: model.bigNumber(),
      purchasing_code_id: model.text().nullable(),
      previous_manage_inventory: model.boolean().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    { name: "IDX_special_order_variant_sourcing_variant", on: ["product_variant_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_special_order_variant_sourcing_vendor", on: ["vendor_id"], where: "deleted_at IS NULL" },
  ])
