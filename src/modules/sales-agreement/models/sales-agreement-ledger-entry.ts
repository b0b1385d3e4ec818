import { model } from "@medusajs/framework/utils"

/**
 * Append-only fulfillment ledger: one row per ordered / reversed / returned
 * movement of a commitment. `idempotency_key` is unique so a replayed event or
 * a retried checkout can never count twice.
 */
export const SalesAgreementLedgerEntry = model
  .define(
    { name: "SalesAgreementLedgerEntry", tableName: "sales_agreement_ledger_entry" },
    {
      id: model.id({ prefix: "sagrle" }).primaryKey(),
      sales_agreement_id: model.text(),
      sales_agreement_line_id: model.text(),
      kind: model.enum(["ordered", "reversed", "returned"]),
      /** set while a checkout holds the balance; the order ids are attached once it is placed */
      cart_id: model.text().nullable(),
      cart_line_item_id: model.text().nullable(),
      order_id: model.text().nullable(),
      order_line_item_id: model.text().nullable(),
      return_id: model.text().nullable(),
      quantity: model.bigNumber(),
      amount: model.bigNumber(),
      currency_code: model.text(),
      idempotency_key: model.text(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    { name: "IDX_sales_agreement_ledger_idempotency_key", on: ["idempotency_key"], unique: true },
    { name: "IDX_sales_agreement_ledger_line", on: ["sales_agreement_line_id"], where: "deleted_at IS NULL" },
    { name: "IDX_sales_agreement_ledger_order", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_sales_agreement_ledger_pending", on: ["cart_id"], where: "deleted_at IS NULL AND order_id IS NULL" },
  ])
