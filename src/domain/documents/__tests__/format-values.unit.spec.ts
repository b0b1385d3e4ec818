import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMoney,
  formatPercent,
  formatQuantity,
} from "../format-values"

describe("formatDecimal", () => {
  it.each([
    ["8.5", "8.50"],
    [8.5, "8.50"],
    ["8", "8.00"],
    [0, "0.00"],
    ["0.123456", "0.123456"],
    ["1234567.891", "1,234,567.891"],
    ["123456789012345678901234.5", "123,456,789,012,345,678,901,234.50"],
    ["-1234.5", "-1,234.50"],
    ["1e3", "1,000.00"],
    ["0.10", "0.10"],
    [" 12.5 ", "12.50"],
    [{ value: "42.1", precision: 20 }, "42.10"],
  ])("should format %p as %p", (input, expected) => {
    expect(formatDecimal(input)).toBe(expected)
  })

  it("should return unparseable input unchanged", () => {
    expect(formatDecimal("abc")).toBe("abc")
    expect(formatDecimal(null)).toBe("")
  })

  it("should ignore a global BigNumber configuration", () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const BigNumber = require("bignumber.js")
    const previous = BigNumber.config().FORMAT
    BigNumber.config({ FORMAT: { decimalSeparator: ",", groupSeparator: ".", groupSize: 3 } })
    try {
      expect(formatDecimal("1234.5")).toBe("1,234.50")
    } finally {
      BigNumber.config({ FORMAT: previous })
    }
  })
})

describe("formatMoney / formatQuantity / formatPercent", () => {
  it.each([
    [() => formatMoney("1250", "EUR"), "1,250.00 EUR"],
    [() => formatMoney("0.005", "USD"), "0.005 USD"],
    [() => formatMoney("3.5", ""), "3.50"],
    [() => formatQuantity("1000"), "1,000"],
    [() => formatQuantity("2.50"), "2.5"],
    [() => formatPercent("5"), "5 %"],
    [() => formatPercent("12.5"), "12.5 %"],
  ])("should format case %#", (format, expected) => {
    expect(format()).toBe(expected)
  })
})

describe("formatDate / formatDateTime", () => {
  it.each([
    ["2025-01-01", "2025-01-01"],
    ["2025-06-30T00:00:00.000Z", "2025-06-30"],
    [new Date("2025-02-03T10:00:00Z"), "2025-02-03"],
    ["not a date", "not a date"],
    [null, null],
  ])("should format date %p as %p", (input, expected) => {
    expect(formatDate(input)).toBe(expected)
  })

  it("should format timestamps in UTC", () => {
    expect(formatDateTime("2025-03-04T09:15:30.000Z")).toBe("2025-03-04 09:15 UTC")
  })
})
