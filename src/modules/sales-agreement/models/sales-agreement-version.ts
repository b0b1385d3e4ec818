import { model } from "@medusajs/framework/utils"
import { SalesAgreement } from "./sales-agreement"

/** An immutable confirmation snapshot (header, lines, policies) stored as version N. */
export const SalesAgreementVersion = model
  .define(
    { name: "SalesAgreementVersion", tableName: "sales_agreement_version" },
    {
      id: model.id({ prefix: "sagrv" }).primaryKey(),
      version: model.number(),
      snapshot: model.json(),
      confirmed_by: model.text().nullable(),
      confirmed_at: model.dateTime(),
      sales_agreement: model.belongsTo(() => SalesAgreement, { mappedBy: "versions" }),
    }
  )
  .indexes([
    {
      name: "IDX_sales_agreement_version_unique",
      on: ["sales_agreement_id", "version"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
