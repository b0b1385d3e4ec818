import { model } from "@medusajs/framework/utils"

/** A supplier special-order and drop-shipment purchase orders go to. */
export const Vendor = model.define(
  { name: "Vendor", tableName: "special_order_vendor" },
  {
    id: model.id({ prefix: "vend" }).primaryKey(),
    name: model.text().searchable(),
    email: model.text(),
    phone: model.text().nullable(),
    /** currency of the vendor's prices (unit costs, PO totals) */
    currency_code: model.text(),
    /** days between sending a PO and the goods arriving; due date = order date + lead time */
    lead_time_days: model.number().default(0),
    /** { company?, first_name?, last_name?, address_1, address_2?, city, postal_code?, province?, country_code, phone? } */
    address: model.json().nullable(),
    notes: model.text().nullable(),
    metadata: model.json().nullable(),
  }
)
