export const defaultAdminVendorFields = [
  "id",
  "name",
  "email",
  "phone",
  "currency_code",
  "lead_time_days",
  "address",
  "notes",
  "metadata",
  "created_at",
  "updated_at",
]

export const defaultAdminPurchasingCodeFields = ["id", "code", "description", "kind", "metadata", "created_at", "updated_at"]

export const defaultAdminVariantSourcingFields = [
  "id",
  "vendor_id",
  "product_variant_id",
  "vendor_sku",
  "unit_cost",
  "raw_unit_cost",
  "purchasing_code_id",
  "previous_manage_inventory",
  "metadata",
  "created_at",
  "updated_at",
]

export const defaultAdminRequisitionLineFields = [
  "id",
  "status",
  "action_message",
  "kind",
  "vendor_id",
  "product_variant_id",
  "vendor_sku",
  "title",
  "quantity",
  "unit_cost",
  "raw_unit_cost",
  "currency_code",
  "due_date",
  "purchasing_code_id",
  "order_id",
  "order_line_item_id",
  "ship_to",
  "purchase_order_id",
  "purchase_order_line_id",
  "carried_out_at",
  "canceled_at",
  "metadata",
  "created_at",
  "updated_at",
]

const config = (defaults: string[], defaultLimit: number) => ({
  retrieve: { defaults, isList: false },
  list: { defaults, defaultLimit, isList: true },
})

export const vendorQueryConfig = config(defaultAdminVendorFields, 20)
export const purchasingCodeQueryConfig = config(defaultAdminPurchasingCodeFields, 20)
export const variantSourcingQueryConfig = config(defaultAdminVariantSourcingFields, 50)
export const requisitionLineQueryConfig = config(defaultAdminRequisitionLineFields, 50)
