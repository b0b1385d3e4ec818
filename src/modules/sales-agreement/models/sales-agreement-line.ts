import { model } from "@medusajs/framework/utils"
import { SalesAgreement } from "./sales-agreement"

/**
 * One commitment of an agreement. Which fields may be set depends on
 * `commitment_type` (validated in src/domain/commitments).
 */
export const SalesAgreementLine = model
  .define(
    { name: "SalesAgreementLine", tableName: "sales_agreement_line" },
    {
      id: model.id({ prefix: "sagrl" }).primaryKey(),
      line_number: model.number(),
      commitment_type: model.enum([
        "product_quantity",
        "product_value",
        "product_category_value",
        "value",
      ]),
      product_variant_id: model.text().nullable(),
      product_id: model.text().nullable(),
      product_category_id: model.text().nullable(),
      quantity: model.bigNumber().nullable(),
      unit_label: model.text().nullable(),
      amount: model.bigNumber().nullable(),
      unit_price: model.bigNumber().nullable(),
      price_unit: model.bigNumber().nullable(),
      discount_percent: model.bigNumber().nullable(),
      discount_amount: model.bigNumber().nullable(),
      effective_date: model.dateTime().nullable(),
      expiration_date: model.dateTime().nullable(),
      max_enforced: model.boolean().default(false),
      price_fixed: model.boolean().default(false),
      min_release_amount: model.bigNumber().nullable(),
      max_release_amount: model.bigNumber().nullable(),
      dimensions: model.json().nullable(),
      metadata: model.json().nullable(),
      sales_agreement: model.belongsTo(() => SalesAgreement, { mappedBy: "lines" }),
    }
  )
  .indexes([
    {
      name: "IDX_sales_agreement_line_number_unique",
      on: ["sales_agreement_id", "line_number"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_sales_agreement_line_variant", on: ["product_variant_id"], where: "deleted_at IS NULL AND product_variant_id IS NOT NULL" },
    { name: "IDX_sales_agreement_line_product", on: ["product_id"], where: "deleted_at IS NULL AND product_id IS NOT NULL" },
    { name: "IDX_sales_agreement_line_category", on: ["product_category_id"], where: "deleted_at IS NULL AND product_category_id IS NOT NULL" },
  ])
