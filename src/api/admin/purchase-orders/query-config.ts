/** Header fields of a purchase order in admin lists (never the access token hash). */
export const defaultAdminPurchaseOrderFields = [
  "id",
  "number",
  "vendor_id",
  "status",
  "kind",
  "currency_code",
  "ship_to",
  "order_id",
  "due_date",
  "expected_ship_date",
  "carrier",
  "tracking_number",
  "sent_at",
  "acknowledged_at",
  "shipped_at",
  "received_at",
  "canceled_at",
  "access_token_expires_at",
  "notes",
  "metadata",
  "created_at",
  "updated_at",
]

export const listPurchaseOrderTransformQueryConfig = {
  defaults: defaultAdminPurchaseOrderFields,
  defaultLimit: 20,
  isList: true,
}
