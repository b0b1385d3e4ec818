/** Columns written when a purchase request is raised (order matters: values follow it). */
export const REQUISITION_INSERT_COLUMNS = [
  "id",
  "vendor_id",
  "product_variant_id",
  "vendor_sku",
  "title",
  "quantity",
  "unit_cost",
  "raw_unit_cost",
  "currency_code",
  "due_date",
  "kind",
  "purchasing_code_id",
  "order_id",
  "order_line_item_id",
  "ship_to",
] as const

export const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ")

/** Columns returned for a requisition line by the raw statements. */
export const REQUISITION_RETURNING =
  "id, vendor_id, product_variant_id, vendor_sku, title, quantity, unit_cost::text as unit_cost, currency_code, due_date, " +
  "action_message, status, kind, purchasing_code_id, order_id, order_line_item_id, ship_to, purchase_order_id, " +
  "purchase_order_line_id, carried_out_at, canceled_at, created_at"
