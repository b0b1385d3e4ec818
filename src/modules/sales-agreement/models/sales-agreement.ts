import { model } from "@medusajs/framework/utils"
import { SalesAgreementLine } from "./sales-agreement-line"
import { SalesAgreementVersion } from "./sales-agreement-version"

/** The agreement header: who is bound, in which currency, for how long, on which terms. */
export const SalesAgreement = model
  .define(
    { name: "SalesAgreement", tableName: "sales_agreement" },
    {
      id: model.id({ prefix: "sagr" }).primaryKey(),
      number: model.text().searchable(),
      title: model.text().searchable().nullable(),
      customer_id: model.text(),
      currency_code: model.text(),
      effective_date: model.dateTime(),
      expiration_date: model.dateTime(),
      status: model
        .enum(["draft", "effective", "on_hold", "closed"])
        .default("draft"),
      payment_terms: model.text().nullable(),
      delivery_terms: model.text().nullable(),
      shipping_address: model.json().nullable(),
      dimensions: model.json().nullable(),
      auto_apply: model.boolean().default(true),
      confirmation_status: model
        .enum(["unconfirmed", "confirmed", "modified"])
        .default("unconfirmed"),
      current_version: model.number().default(0),
      expired_at: model.dateTime().nullable(),
      metadata: model.json().nullable(),
      lines: model.hasMany(() => SalesAgreementLine, { mappedBy: "sales_agreement" }),
      versions: model.hasMany(() => SalesAgreementVersion, { mappedBy: "sales_agreement" }),
    }
  )
  .cascades({ delete: ["lines", "versions"] })
  .indexes([
    { name: "IDX_sales_agreement_number_unique", on: ["number"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_sales_agreement_customer_status", on: ["customer_id", "status"], where: "deleted_at IS NULL" },
  ])
