import { clearAutoApplyHints, hadAutoApplyAgreement, noteAutoApplyLookup } from "../auto-apply-hints"

describe("auto-apply hints", () => {
  beforeEach(() => clearAutoApplyHints())

  it.each([
    { name: "a lookup that found an agreement", found: true, after_ms: 1_000, expected: true },
    { name: "a lookup that found none", found: false, after_ms: 1_000, expected: false },
    { name: "a lookup older than 15 minutes", found: true, after_ms: 15 * 60_000, expected: false },
  ])("should say $expected after $name", ({ found, after_ms, expected }) => {
    noteAutoApplyLookup("cus_1", found, 0)
    expect(hadAutoApplyAgreement("cus_1", after_ms)).toBe(expected)
  })

  it("should forget a customer whose latest lookup found none", () => {
    noteAutoApplyLookup("cus_1", true, 0)
    noteAutoApplyLookup("cus_1", false, 10)
    expect(hadAutoApplyAgreement("cus_1", 20)).toBe(false)
  })

  it("should say nothing about a customer never looked up", () => {
    expect(hadAutoApplyAgreement("cus_unknown", 0)).toBe(false)
  })

  it("should keep at most 10,000 customers, dropping the least recently noted", () => {
    for (let i = 0; i <= 10_000; i++) noteAutoApplyLookup(`cus_${i}`, true, 0)
    expect(hadAutoApplyAgreement("cus_0", 1)).toBe(false)
    expect(hadAutoApplyAgreement("cus_1", 1)).toBe(true)
    expect(hadAutoApplyAgreement("cus_10000", 1)).toBe(true)
  })
})
