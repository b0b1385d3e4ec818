import type { PurchaseOrderInput, PurchaseOrderLineInput, PurchaseOrderVendorInput } from "../types"

export function makeLine(overrides: Partial<PurchaseOrderLineInput> = {}): PurchaseOrderLineInput {
  return {
    id: "pol_1",
    line_number: 1,
    vendor_sku: "V-100",
    title: "Oak table",
    quantity: 4,
    quantity_received: 0,
    unit_cost: "12.5",
    due_date: "2026-03-10T00:00:00.000Z",
    order_id: "order_1",
    order_line_item_id: "ordli_1",
    flagged: false,
    ...overrides,
  }
}

export function makePurchaseOrder(overrides: Partial<PurchaseOrderInput> = {}): PurchaseOrderInput {
  return {
    id: "po_1",
    number: "PO-000042",
    status: "draft",
    kind: "special_order",
    currency_code: "eur",
    ship_to: { company: "Our warehouse", address_1: "1 Dock Road", city: "Lyon", postal_code: "69001", country_code: "fr" },
    due_date: "2026-03-10T00:00:00.000Z",
    created_at: "2026-03-01T09:00:00.000Z",
    lines: [
      makeLine(),
      makeLine({ id: "pol_2", line_number: 2, vendor_sku: "V-200", title: "Chair", quantity: 3, unit_cost: "0.1", due_date: "2026-03-12" }),
    ],
    ...overrides,
  }
}

export const vendor: PurchaseOrderVendorInput = {
  id: "vend_1",
  name: "Bois & Fils",
  email: "orders@bois.test",
  phone: "+33 1 23",
  address: { address_1: "5 rue du Bois", city: "Nantes", postal_code: "44000", country_code: "fr" },
}
