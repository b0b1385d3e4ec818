import { cartPricingContext } from "../compute-trade-prices"
import { pricingAddress, samePricingAddress } from "../cart-address"

describe("pricing address", () => {
  const berlin = { first_name: "Ana", address_1: "1 Bench Street", city: "Berlin", postal_code: "10115", country_code: "de" }

  it.each([
    { name: "addresses that differ only outside the pricing fields", a: berlin, b: { ...berlin, first_name: "Bo", address_1: "2 Dock Road" }, expected: true },
    { name: "absent fields written differently", a: { ...berlin, province: null }, b: { ...berlin, province: "" }, expected: true },
    { name: "another postal code", a: berlin, b: { ...berlin, postal_code: "10117" }, expected: false },
    { name: "another country", a: berlin, b: { ...berlin, country_code: "fr" }, expected: false },
    { name: "a province only one has", a: berlin, b: { ...berlin, province: "BE" }, expected: false },
    { name: "no address and an address", a: null, b: berlin, expected: false },
    { name: "no address on either side", a: null, b: undefined, expected: true },
  ])("should be $expected for $name", ({ a, b, expected }) => {
    expect(samePricingAddress(a as any, b as any)).toBe(expected)
  })

  it("should put only the fields Medusa prices with into the pricing context", () => {
    expect(pricingAddress({ ...berlin, phone: "123", province: null })).toEqual({ city: "Berlin", postal_code: "10115", country_code: "de" })
    expect(cartPricingContext({ id: "cart_1", currency_code: "eur", shipping_address: berlin }).shipping_address).toEqual({
      city: "Berlin",
      postal_code: "10115",
      country_code: "de",
    })
  })
})
