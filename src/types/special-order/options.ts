/** Options of the special-order module (plugin options, see the README). */
export interface SpecialOrderModuleOptions {
  /** prefix of purchase order numbers, default `PO-` */
  purchase_order_number_prefix?: string
  /** carry out requisition lines into purchase orders right after `order.placed` raised them (default false) */
  auto_carry_out?: boolean
  /** days a vendor access secret stays valid after the PO is sent (default 30) */
  vendor_token_ttl_days?: number
  /** base URL of the vendor link in the notification, e.g. `https://shop.example.com/vendor/purchase-orders` */
  vendor_portal_url?: string
  /** ship-to address of our warehouse for special-order POs */
  warehouse_address?: Record<string, unknown>
}
