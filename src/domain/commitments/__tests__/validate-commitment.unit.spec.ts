import type { CommitmentInput, FieldError, ValidityWindow } from "../../types"
import { validateCommitment, validateValidityWindow } from "../validate-commitment"

const header: ValidityWindow = {
  effective_date: "2025-01-01T00:00:00.000Z",
  expiration_date: "2025-12-31T23:59:59.999Z",
}
const WINDOW = "(2025-01-01T00:00:00.000Z to 2025-12-31T23:59:59.999Z)"

const pq = (over: Record<string, unknown> = {}) =>
  ({ commitment_type: "product_quantity", product_variant_id: "variant_1", quantity: 10, ...over }) as CommitmentInput
const pv = (over: Record<string, unknown> = {}) =>
  ({ commitment_type: "product_value", product_id: "prod_1", amount: "1000", ...over }) as CommitmentInput
const pcv = (over: Record<string, unknown> = {}) =>
  ({ commitment_type: "product_category_value", product_category_id: "pcat_1", amount: 500, ...over }) as CommitmentInput
const val = (over: Record<string, unknown> = {}) =>
  ({ commitment_type: "value", amount: "250.50", ...over }) as CommitmentInput

const err = (field: string, message: string): FieldError => ({ field, message })
const notAllowed = (field: string, type: string) => err(field, `"${field}" is not allowed on a ${type} commitment`)

describe("validateCommitment", () => {
  it.each<[string, CommitmentInput]>([
    ["a variant quantity line", pq()],
    [
      "a product quantity line with every price term",
      pq({
        product_variant_id: undefined,
        product_id: "prod_1",
        quantity: "5.5",
        unit_label: "box",
        unit_price: "10",
        price_unit: 100,
        discount_percent: 0,
        discount_amount: 0,
      }),
    ],
    ["a quantity line with a 100 % discount and a zero unit price", pq({ unit_price: 0, discount_percent: "100" })],
    ["a quantity line whose forbidden fields are null", pq({ amount: null, product_category_id: null, product_id: null })],
    ["a product value line", pv({ discount_percent: "12.5" })],
    ["a variant value line", pv({ product_id: undefined, product_variant_id: "variant_1" })],
    ["a category value line", pcv({ amount: "0.01" })],
    [
      "a value line with policies and dates",
      val({
        min_release_amount: 10,
        max_release_amount: "100",
        max_enforced: true,
        price_fixed: false,
        effective_date: "2025-02-01",
        expiration_date: new Date("2025-03-01T00:00:00.000Z"),
      }),
    ],
    ["a line with equal release bounds", val({ min_release_amount: "50", max_release_amount: "50.00" })],
    [
      "a line whose dates equal the header bounds",
      val({ effective_date: header.effective_date, expiration_date: header.expiration_date }),
    ],
    ["a one-day line", val({ effective_date: "2025-05-05T00:00:00Z", expiration_date: "2025-05-05T00:00:00Z" })],
  ])("should accept %s", (_, input) => {
    expect(validateCommitment(input, header)).toEqual([])
  })

  it.each<[string, CommitmentInput, FieldError[]]>([
    ["amount on a quantity line", pq({ amount: 5 }), [notAllowed("amount", "product_quantity")]],
    [
      "a category on a quantity line",
      pq({ product_category_id: "pcat_1" }),
      [notAllowed("product_category_id", "product_quantity")],
    ],
    ["a zero quantity", pq({ quantity: 0 }), [err("quantity", '"quantity" must be greater than 0')]],
    ["a negative quantity", pq({ quantity: "-1" }), [err("quantity", '"quantity" must be greater than 0')]],
    [
      "a missing quantity",
      pq({ quantity: undefined }),
      [err("quantity", '"quantity" is required on a product_quantity commitment')],
    ],
    ["a non-numeric quantity", pq({ quantity: "abc" }), [err("quantity", '"quantity" must be a number')]],
    [
      "both a variant and a product",
      pq({ product_id: "prod_1" }),
      [err("product_variant_id", 'exactly one of "product_variant_id" or "product_id" is required on a product_quantity commitment')],
    ],
    [
      "neither a variant nor a product",
      pq({ product_variant_id: null }),
      [err("product_variant_id", 'exactly one of "product_variant_id" or "product_id" is required on a product_quantity commitment')],
    ],
    [
      "an empty variant id",
      pq({ product_variant_id: "" }),
      [err("product_variant_id", '"product_variant_id" must be a non-empty string')],
    ],
    [
      "a negative unit price",
      pq({ unit_price: -1 }),
      [err("unit_price", '"unit_price" must be greater than or equal to 0')],
    ],
    ["a zero price unit", pq({ unit_price: 10, price_unit: 0 }), [err("price_unit", '"price_unit" must be greater than 0')]],
    ["a price unit without unit price", pq({ price_unit: 100 }), [err("price_unit", '"price_unit" requires unit_price')]],
    [
      "a discount amount without unit price",
      pq({ discount_amount: "1" }),
      [err("discount_amount", '"discount_amount" requires unit_price')],
    ],
    [
      "a negative discount amount",
      pq({ unit_price: 10, discount_amount: "-0.01" }),
      [err("discount_amount", '"discount_amount" must be greater than or equal to 0')],
    ],
    [
      "a discount percent above 100",
      pq({ discount_percent: "100.01" }),
      [err("discount_percent", '"discount_percent" must be between 0 and 100')],
    ],
    [
      "a negative discount percent",
      pv({ discount_percent: -1 }),
      [err("discount_percent", '"discount_percent" must be between 0 and 100')],
    ],
    ["a non-string unit label", pq({ unit_label: 5 }), [err("unit_label", '"unit_label" must be a string')]],
    [
      "quantity price terms on a product value line",
      pv({ quantity: 5, unit_label: "pc", unit_price: 1, price_unit: 1, discount_amount: 1, product_category_id: "pcat_1" }),
      ["quantity", "unit_label", "unit_price", "price_unit", "discount_amount", "product_category_id"].map((f) =>
        notAllowed(f, "product_value")
      ),
    ],
    ["a zero amount", pv({ amount: 0 }), [err("amount", '"amount" must be greater than 0')]],
    [
      "a missing amount on a product value line",
      pv({ amount: null }),
      [err("amount", '"amount" is required on a product_value commitment')],
    ],
    [
      "a product value line without product",
      pv({ product_id: undefined }),
      [err("product_variant_id", 'exactly one of "product_variant_id" or "product_id" is required on a product_value commitment')],
    ],
    [
      "a category line without category",
      pcv({ product_category_id: undefined }),
      [err("product_category_id", '"product_category_id" is required on a product_category_value commitment')],
    ],
    [
      "products on a category line",
      pcv({ product_variant_id: "variant_1", product_id: "prod_1" }),
      [notAllowed("product_variant_id", "product_category_value"), notAllowed("product_id", "product_category_value")],
    ],
    ["a quantity on a category line", pcv({ quantity: 1 }), [notAllowed("quantity", "product_category_value")]],
    ["a product on a value line", val({ product_id: "prod_1" }), [notAllowed("product_id", "value")]],
    ["a category on a value line", val({ product_category_id: "pcat_1" }), [notAllowed("product_category_id", "value")]],
    ["a unit price on a value line", val({ unit_price: "9.99" }), [notAllowed("unit_price", "value")]],
    ["an empty string as unit price on a value line", val({ unit_price: "" }), [notAllowed("unit_price", "value")]],
    ["a negative amount", val({ amount: "-5" }), [err("amount", '"amount" must be greater than 0')]],
    [
      "a non-numeric discount percent",
      val({ discount_percent: "ten" }),
      [err("discount_percent", '"discount_percent" must be a number')],
    ],
    [
      "an unknown commitment type",
      { commitment_type: "bundle" } as unknown as CommitmentInput,
      [err("commitment_type", '"commitment_type" must be one of product_quantity, product_value, product_category_value, value')],
    ],
    [
      "a negative min release amount",
      val({ min_release_amount: -1 }),
      [err("min_release_amount", '"min_release_amount" must be greater than or equal to 0')],
    ],
    [
      "a max release amount below the min",
      val({ min_release_amount: "100", max_release_amount: 50 }),
      [err("max_release_amount", '"max_release_amount" must not be less than "min_release_amount"')],
    ],
    [
      "a non-numeric max release amount",
      val({ max_release_amount: "lots" }),
      [err("max_release_amount", '"max_release_amount" must be a number')],
    ],
    ["a non-boolean policy flag", val({ max_enforced: "yes" }), [err("max_enforced", '"max_enforced" must be a boolean')]],
    [
      "an unparseable effective date",
      val({ effective_date: "not a date" }),
      [err("effective_date", '"effective_date" must be a valid date')],
    ],
    [
      "an expiration before the effective date",
      val({ effective_date: "2025-06-01", expiration_date: "2025-05-31" }),
      [err("expiration_date", '"expiration_date" must not be before "effective_date"')],
    ],
    [
      "an effective date before the header's",
      val({ effective_date: "2024-12-31T23:59:59.999Z" }),
      [err("effective_date", `"effective_date" must be within the agreement validity ${WINDOW}`)],
    ],
    [
      "an expiration date after the header's",
      val({ expiration_date: "2026-01-01" }),
      [err("expiration_date", `"expiration_date" must be within the agreement validity ${WINDOW}`)],
    ],
    [
      "an effective date after the header's expiration",
      val({ effective_date: "2026-02-01" }),
      [err("effective_date", `"effective_date" must be within the agreement validity ${WINDOW}`)],
    ],
    [
      "several problems at once",
      pq({ amount: 5, quantity: 0, discount_percent: 101, max_release_amount: -1 }),
      [
        notAllowed("amount", "product_quantity"),
        err("quantity", '"quantity" must be greater than 0'),
        err("discount_percent", '"discount_percent" must be between 0 and 100'),
        err("max_release_amount", '"max_release_amount" must be greater than or equal to 0'),
      ],
    ],
  ])("should reject %s", (_, input, expected) => {
    expect(validateCommitment(input, header)).toEqual(expected)
  })

  it.each([
    ["lines.2.", "lines.2.amount"],
    ["", "amount"],
    [undefined, "amount"],
  ])("should prefix field names with %p", (fieldPrefix, field) => {
    expect(validateCommitment(pq({ amount: 1 }), header, { fieldPrefix })).toEqual([
      err(field, '"amount" is not allowed on a product_quantity commitment'),
    ])
  })

  it("should skip the header containment check when the header window is invalid", () => {
    const broken = { effective_date: "bad", expiration_date: "2025-01-01" }
    expect(validateCommitment(val({ effective_date: "2020-01-01" }), broken)).toEqual([])
  })
})

describe("validateValidityWindow", () => {
  it.each<[string, ValidityWindow, string | undefined, FieldError[]]>([
    ["a valid window", header, undefined, []],
    ["a one-instant window", { effective_date: "2025-01-01", expiration_date: "2025-01-01" }, undefined, []],
    [
      "Date objects",
      { effective_date: new Date("2025-01-01"), expiration_date: new Date("2026-01-01") },
      undefined,
      [],
    ],
    [
      "an expiration before the effective date",
      { effective_date: "2025-02-01", expiration_date: "2025-01-31" },
      undefined,
      [err("expiration_date", '"expiration_date" must not be before "effective_date"')],
    ],
    [
      "a missing effective date",
      { expiration_date: "2025-01-31" } as ValidityWindow,
      undefined,
      [err("effective_date", '"effective_date" is required')],
    ],
    [
      "unparseable dates with a prefix",
      { effective_date: "soon", expiration_date: "later" },
      "header.",
      [
        err("header.effective_date", '"effective_date" must be a valid date'),
        err("header.expiration_date", '"expiration_date" must be a valid date'),
      ],
    ],
  ])("should check %s", (_, window, prefix, expected) => {
    expect(validateValidityWindow(window, prefix)).toEqual(expected)
  })
})
