import { model } from "@medusajs/framework/utils"

/**
 * An admin-defined policy rule (json-rules-engine JSON, validated by
 * src/domain/policy/schema.ts on save and on load): global when
 * `sales_agreement_id` is null, else for that agreement only. A rule named like
 * a default rule replaces it (defaults < global < agreement).
 */
export const SalesAgreementPolicy = model
  .define(
    { name: "SalesAgreementPolicy", tableName: "sales_agreement_policy" },
    {
      id: model.id({ prefix: "sapol" }).primaryKey(),
      sales_agreement_id: model.text().nullable(),
      name: model.text(),
      description: model.text().nullable(),
      priority: model.number(),
      conditions: model.json(),
      event: model.json(),
      enabled: model.boolean().default(true),
    }
  )
  .indexes([
    { name: "IDX_sales_agreement_policy_global_name", on: ["name"], unique: true, where: "deleted_at IS NULL AND sales_agreement_id IS NULL" },
    {
      name: "IDX_sales_agreement_policy_agreement_name",
      on: ["sales_agreement_id", "name"],
      unique: true,
      where: "deleted_at IS NULL AND sales_agreement_id IS NOT NULL",
    },
  ])
