import { model } from "@medusajs/framework/utils"

/**
 * Lifecycle events the plugin has emitted (expired, expiring, threshold
 * reached). The unique key makes each one fire once, whichever process or job
 * run gets there first.
 */
export const SalesAgreementEventLog = model
  .define(
    { name: "SalesAgreementEventLog", tableName: "sales_agreement_event_log" },
    {
      id: model.id({ prefix: "saevt" }).primaryKey(),
      key: model.text(),
      event_name: model.text(),
      data: model.json().nullable(),
    }
  )
  .indexes([{ name: "IDX_sales_agreement_event_log_key", on: ["key"], unique: true }])
