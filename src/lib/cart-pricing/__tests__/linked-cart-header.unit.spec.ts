import { CartMetadataKey, linkedCartHeader } from "../agreement-metadata"
import { sameCartAddress } from "../cart-address"

const agreement = {
  id: "sagr_1",
  number: "SA-000001",
  payment_terms: "Net 30",
  delivery_terms: "DAP",
  dimensions: { cost_center: "CC-7" },
  shipping_address: { address_1: "1 Dock Road", city: "Hamburg", country_code: "de" },
}

describe("linkedCartHeader", () => {
  it.each([
    {
      name: "writes the agreement, its terms and dimensions, keeping the cart's own keys",
      before: { gift: true },
      date: undefined,
      expected: {
        gift: true,
        [CartMetadataKey.AGREEMENT_ID]: "sagr_1",
        [CartMetadataKey.AGREEMENT_NUMBER]: "SA-000001",
        [CartMetadataKey.PAYMENT_TERMS]: "Net 30",
        [CartMetadataKey.DELIVERY_TERMS]: "DAP",
        [CartMetadataKey.DIMENSIONS]: { cost_center: "CC-7" },
      },
    },
    {
      name: "clears a customer's earlier opt-out of auto-apply (Medusa deletes keys sent as \"\")",
      before: { [CartMetadataKey.AUTO_APPLY_DISABLED]: true },
      date: undefined,
      expected: expect.objectContaining({ [CartMetadataKey.AUTO_APPLY_DISABLED]: "", [CartMetadataKey.AGREEMENT_ID]: "sagr_1" }),
    },
    {
      name: "records a requested ship date when one is given",
      before: null,
      date: new Date("2026-12-24T00:00:00.000Z"),
      expected: expect.objectContaining({ [CartMetadataKey.REQUESTED_SHIP_DATE]: "2026-12-24T00:00:00.000Z" }),
    },
  ])("should $name", ({ before, date, expected }) => {
    expect(linkedCartHeader({ metadata: before }, agreement, date).metadata).toEqual(expected)
  })

  it.each([
    { name: "the agreement's address when it has one", address: agreement.shipping_address, expected: agreement.shipping_address },
    { name: "no address when the agreement has none", address: null, expected: undefined },
    { name: "no address when the agreement's is empty", address: {}, expected: undefined },
  ])("should set $name", ({ address, expected }) => {
    expect(linkedCartHeader({}, { ...agreement, shipping_address: address }).shipping_address).toEqual(expected)
  })

  it.each([
    {
      name: "not rewrite a cart address that is already the agreement's (absent fields as null or \"\")",
      current: { address_1: "1 Dock Road", city: "Hamburg", country_code: "de", company: null, phone: "" },
      expected: undefined,
    },
    {
      name: "write the agreement's address over a different one",
      current: { address_1: "2 Dock Road", city: "Hamburg", country_code: "de" },
      expected: agreement.shipping_address,
    },
    {
      name: "write the agreement's address over one with a field the agreement's lacks",
      current: { ...agreement.shipping_address, first_name: "Ana" },
      expected: agreement.shipping_address,
    },
    { name: "write the agreement's address on a cart with none", current: null, expected: agreement.shipping_address },
  ])("should $name", ({ current, expected }) => {
    expect(linkedCartHeader({ shipping_address: current }, agreement).shipping_address).toEqual(expected)
  })
})

describe("sameCartAddress", () => {
  const base = { first_name: "Ana", address_1: "1 Dock Road", city: "Hamburg", country_code: "de", postal_code: "20457" }
  it.each([
    { name: "identical addresses", current: base, next: { ...base }, expected: true },
    { name: "absent fields written differently", current: { ...base, company: null, phone: undefined }, next: { ...base, company: "", address_2: null }, expected: true },
    { name: "one field different", current: base, next: { ...base, postal_code: "20459" }, expected: false },
    { name: "a field only the current address has", current: { ...base, province: "HH" }, next: base, expected: false },
    { name: "address metadata to write", current: base, next: { ...base, metadata: { dock: "3" } }, expected: false },
    { name: "no current address", current: null, next: base, expected: false },
  ])("should be $expected for $name", ({ current, next, expected }) => {
    expect(sameCartAddress(current as any, next as any)).toBe(expected)
  })
})
