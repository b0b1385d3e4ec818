import { model } from "@medusajs/framework/utils"

/**
 * Whether a return counts against its order's agreement (SPEC §5). A return
 * links to one agreement only (unique return_id). Each unlink/relink bumps
 * `generation`, which is part of the ledger keys of the movements it causes,
 * so the ledger stays append-only and every switch is counted exactly once.
 */
export const SalesAgreementReturnLink = model
  .define(
    { name: "SalesAgreementReturnLink", tableName: "sales_agreement_return_link" },
    {
      id: model.id({ prefix: "sarl" }).primaryKey(),
      return_id: model.text(),
      order_id: model.text(),
      sales_agreement_id: model.text(),
      linked: model.boolean().default(true),
      generation: model.number().default(0),
    }
  )
  .indexes([{ name: "IDX_sales_agreement_return_link_return", on: ["return_id"], unique: true, where: "deleted_at IS NULL" }])
