import { computeDueDate } from "../due-date"

describe("computeDueDate", () => {
  it.each([
    ["adds the lead time in days", "2026-03-01T10:00:00.000Z", 5, "2026-03-06T10:00:00.000Z"],
    ["keeps the order date with no lead time", "2026-03-01T10:00:00.000Z", 0, "2026-03-01T10:00:00.000Z"],
    ["crosses a month end", "2026-01-30T00:00:00.000Z", 3, "2026-02-02T00:00:00.000Z"],
    ["crosses a leap day", "2028-02-28T12:00:00.000Z", 1, "2028-02-29T12:00:00.000Z"],
    ["crosses a daylight-saving change without shifting the hour", "2026-03-28T08:00:00.000Z", 2, "2026-03-30T08:00:00.000Z"],
    ["ignores a negative lead time", "2026-03-01T00:00:00.000Z", -4, "2026-03-01T00:00:00.000Z"],
    ["drops a fraction of a day", "2026-03-01T00:00:00.000Z", 2.9, "2026-03-03T00:00:00.000Z"],
  ])("should %s", (_, orderDate, days, expected) => {
    expect(computeDueDate(orderDate, days).toISOString()).toEqual(expected)
  })

  it("should refuse something that is not a date", () => {
    expect(() => computeDueDate("someday", 1)).toThrow(RangeError)
  })
})
