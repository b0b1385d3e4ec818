import { isMissing, toTimestamp } from "../parse-date"

describe("toTimestamp", () => {
  it.each([
    [new Date("2025-03-01T10:00:00.000Z"), Date.UTC(2025, 2, 1, 10)],
    ["2025-03-01T10:00:00.000Z", Date.UTC(2025, 2, 1, 10)],
    ["2025-03-01", Date.UTC(2025, 2, 1)],
  ])("should read %p", (input, expected) => {
    expect(toTimestamp(input)).toBe(expected)
  })

  it.each([[null], [undefined], [""], ["not a date"], [new Date("nope")], [1700000000000], [{}]])(
    "should return NaN for %p",
    (input) => {
      expect(toTimestamp(input)).toBeNaN()
    }
  )
})

describe("isMissing", () => {
  it.each([
    [null, true],
    [undefined, true],
    [0, false],
    ["", false],
    [false, false],
  ])("should classify %p as %p", (input, expected) => {
    expect(isMissing(input)).toBe(expected)
  })
})
