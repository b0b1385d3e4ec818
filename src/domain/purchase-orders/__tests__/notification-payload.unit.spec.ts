import { buildPurchaseOrderNotification, buildVendorLink, PURCHASE_ORDER_NOTIFICATION_TEMPLATE } from "../notification-payload"
import { toVendorPurchaseOrder } from "../vendor-view"
import { makeLine, makePurchaseOrder, vendor } from "./fixtures"

describe("buildVendorLink", () => {
  it.each<[string | null | undefined, string]>([
    ["https://shop.test/vendor/purchase-orders", "https://shop.test/vendor/purchase-orders/po_1?token=abc-_"],
    ["https://shop.test/vendor/purchase-orders///", "https://shop.test/vendor/purchase-orders/po_1?token=abc-_"],
    [undefined, "/vendor/purchase-orders/po_1?token=abc-_"],
    ["  ", "/vendor/purchase-orders/po_1?token=abc-_"],
  ])("should build the link under %p", (portal, expected) => {
    expect(buildVendorLink(portal, "po_1", "abc-_")).toBe(expected)
  })
})

describe("buildPurchaseOrderNotification", () => {
  const expires_at = new Date("2026-04-01T00:00:00.000Z")

  it("should address the vendor with the template and data", () => {
    const n = buildPurchaseOrderNotification({
      purchase_order: makePurchaseOrder(),
      vendor,
      secret: "s3cret",
      expires_at,
      portal_url: "https://shop.test/vendor/purchase-orders",
      store_name: "Medusa Store",
    })
    expect(n).toEqual({
      to: "orders@bois.test",
      channel: "email",
      template: PURCHASE_ORDER_NOTIFICATION_TEMPLATE,
      data: {
        subject: "Purchase order PO-000042 from Medusa Store",
        resend: false,
        store_name: "Medusa Store",
        purchase_order: { id: "po_1", number: "PO-000042", kind: "special_order", currency_code: "eur", due_date: "2026-03-10" },
        vendor: { id: "vend_1", name: "Bois & Fils", email: "orders@bois.test" },
        ship_to: expect.objectContaining({ company: "Our warehouse" }),
        ship_to_lines: ["Our warehouse", "1 Dock Road", "69001 Lyon", "FR"],
        lines: [
          { line_number: 1, sku: "V-100", title: "Oak table", quantity: 4, unit_cost: "12.5", due_date: "2026-03-10" },
          { line_number: 2, sku: "V-200", title: "Chair", quantity: 3, unit_cost: "0.1", due_date: "2026-03-12" },
        ],
        due_dates: ["2026-03-10", "2026-03-12"],
        vendor_link: "https://shop.test/vendor/purchase-orders/po_1?token=s3cret",
        document_link: "https://shop.test/vendor/purchase-orders/po_1/document?token=s3cret",
        link_expires_at: "2026-04-01T00:00:00.000Z",
      },
    })
  })

  it.each<[string, Parameters<typeof buildPurchaseOrderNotification>[0], Record<string, unknown>]>([
    [
      "a resend",
      { purchase_order: makePurchaseOrder(), vendor, secret: "x", expires_at, resend: true },
      { resend: true, subject: "Updated link: Purchase order PO-000042" },
    ],
    [
      "the warehouse fallback",
      { purchase_order: makePurchaseOrder({ ship_to: null }), vendor, secret: "x", expires_at, fallback_ship_to: { city: "Depot" } },
      { ship_to: { city: "Depot" }, ship_to_lines: ["Depot"] },
    ],
    [
      "a drop shipment without address (no warehouse fallback)",
      { purchase_order: makePurchaseOrder({ ship_to: null, kind: "drop_shipment" }), vendor, secret: "x", expires_at, fallback_ship_to: { city: "Depot" } },
      { ship_to: null, ship_to_lines: [] },
    ],
    [
      "lines without cost or date",
      { purchase_order: makePurchaseOrder({ due_date: null, lines: [makeLine({ unit_cost: null, due_date: null })] }), vendor, secret: "x", expires_at },
      { due_dates: [], lines: [expect.objectContaining({ unit_cost: null, due_date: null })] },
    ],
  ])("should handle %s", (_, input, expected) => {
    expect(buildPurchaseOrderNotification(input).data).toEqual(expect.objectContaining(expected))
  })
})

describe("toVendorPurchaseOrder", () => {
  it("should expose only what the vendor may see", () => {
    const po = {
      ...makePurchaseOrder({ status: "sent", sent_at: new Date("2026-03-01T10:00:00Z") }),
      access_token_hash: "deadbeef",
      access_token_expires_at: new Date(),
      notes: "internal",
      metadata: { secret: true },
    }
    const view = toVendorPurchaseOrder(po, vendor)
    const json = JSON.stringify(view)
    for (const hidden of ["access_token", "deadbeef", "internal", "order_1", "ordli_1", "flagged", "metadata", "orders@bois.test"]) {
      expect(json).not.toContain(hidden)
    }
    expect(view).toEqual(
      expect.objectContaining({ id: "po_1", number: "PO-000042", status: "sent", sent_at: "2026-03-01T10:00:00.000Z", vendor: { id: "vend_1", name: "Bois & Fils" } })
    )
    expect(view.lines[0]).toEqual({
      id: "pol_1",
      line_number: 1,
      vendor_sku: "V-100",
      title: "Oak table",
      quantity: 4,
      quantity_received: 0,
      unit_cost: "12.5",
      due_date: "2026-03-10T00:00:00.000Z",
    })
  })
})
