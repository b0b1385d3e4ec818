import { chooseAutoApplyAgreement } from "../choose-auto-apply-agreement"

describe("chooseAutoApplyAgreement", () => {
  it.each([
    ["no candidates", [], null],
    ["a single candidate", [{ id: "a", expiration_date: "2026-12-31", cart_total: "10" }], "a"],
    [
      "the lowest total, compared exactly",
      [
        { id: "a", expiration_date: "2026-01-31", cart_total: "10.000000000000000001" },
        { id: "b", expiration_date: "2026-12-31", cart_total: "10" },
      ],
      "b",
    ],
    [
      "the earliest expiration on equal totals",
      [
        { id: "a", expiration_date: "2026-12-31", cart_total: "10.00" },
        { id: "b", expiration_date: "2026-06-30", cart_total: 10 },
      ],
      "b",
    ],
    [
      "the smallest id when total and expiration tie",
      [
        { id: "b", expiration_date: "2026-06-30", cart_total: "5" },
        { id: "a", expiration_date: "2026-06-30", cart_total: "5" },
      ],
      "a",
    ],
  ])("should pick %s", (_, candidates, expected) => {
    expect(chooseAutoApplyAgreement(candidates as any)?.id ?? null).toEqual(expected)
  })
})
