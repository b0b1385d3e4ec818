import type { AgreementSnapshot } from "../../types"

type SnapshotLine = AgreementSnapshot["lines"][number]

export function makeLine(overrides: Partial<SnapshotLine> = {}): SnapshotLine {
  return {
    id: "sagrl_1",
    line_number: 1,
    commitment_type: "value",
    product_variant_id: null,
    product_id: null,
    product_category_id: null,
    quantity: null,
    unit_label: null,
    amount: "10000",
    unit_price: null,
    price_unit: null,
    discount_percent: null,
    discount_amount: null,
    effective_date: null,
    expiration_date: null,
    max_enforced: false,
    price_fixed: false,
    min_release_amount: null,
    max_release_amount: null,
    ...overrides,
  }
}

export function makeSnapshot(overrides: Partial<AgreementSnapshot> = {}): AgreementSnapshot {
  return {
    version: 3,
    confirmed_at: "2025-03-04T09:15:00.000Z",
    header: {
      number: "SA-000042",
      title: "Framework agreement 2025",
      customer_id: "cus_01",
      currency_code: "eur",
      effective_date: "2025-01-01T00:00:00.000Z",
      expiration_date: "2025-12-31T00:00:00.000Z",
      status: "effective",
      payment_terms: "30 days net",
      delivery_terms: "DAP",
      shipping_address: {
        first_name: "Anna",
        last_name: "Muller",
        company: "Acme GmbH",
        address_1: "Hauptstrasse 1",
        address_2: null,
        city: "Berlin",
        postal_code: "10115",
        province: null,
        country_code: "de",
        phone: "+49 30 123456",
      },
      dimensions: { cost_center: "CC-100", project: "Tower" },
      auto_apply: true,
    },
    lines: [makeLine()],
    policies: [],
    ...overrides,
  }
}

/** `n` product quantity lines with long-ish texts, to force page breaks. */
export function manyLines(n: number): SnapshotLine[] {
  return Array.from({ length: n }, (_, i) =>
    makeLine({
      id: `sagrl_${i + 1}`,
      line_number: i + 1,
      commitment_type: "product_quantity",
      product_variant_id: `variant_${i + 1}`,
      product_title: `Industrial widget model ${i + 1} with a rather long product title`,
      variant_title: "Stainless steel",
      quantity: "1000",
      unit_label: "pcs",
      amount: null,
      unit_price: "8.5",
      price_unit: "1",
      discount_percent: "5",
      max_enforced: i % 2 === 0,
    })
  )
}
