import BigNumber from "bignumber.js"
import { InvalidDecimalError, decimalToString, isDecimalLike, toDecimal } from "../decimal"

describe("toDecimal", () => {
  it.each([
    ["12.50", "12.5"],
    [0.1, "0.1"],
    [" 7 ", "7"],
    ["1e3", "1000"],
    ["-0.000001", "-0.000001"],
    [1e21, "1000000000000000000000"],
    ["1.", "1"],
    [".5", "0.5"],
    ["+3", "3"],
    [new BigNumber("2.25"), "2.25"],
  ])("should read %p as %s", (input, expected) => {
    expect(toDecimal(input as string).toFixed()).toBe(expected)
  })

  it.each([[NaN], [Infinity], [-Infinity], [""], ["abc"], ["0x10"], ["1,5"], ["NaN"], ["Infinity"], [null], [undefined], [{}], [new BigNumber(NaN)]])(
    "should throw InvalidDecimalError on %p",
    (input) => {
      expect(() => toDecimal(input as string)).toThrow(InvalidDecimalError)
    }
  )

  it("should carry a stable error code", () => {
    expect(() => toDecimal("x")).toThrow(expect.objectContaining({ code: "INVALID_DECIMAL", value: "x" }))
  })

  it("should divide with 20 decimal places HALF_UP whatever the global BigNumber config", () => {
    const saved = BigNumber.config({})
    BigNumber.config({ DECIMAL_PLACES: 2, ROUNDING_MODE: BigNumber.ROUND_DOWN })
    try {
      expect(toDecimal(2).div(3).toFixed()).toBe("0.66666666666666666667")
    } finally {
      BigNumber.config(saved)
    }
  })
})

describe("isDecimalLike", () => {
  it.each([
    [0, true],
    [-1.5, true],
    ["10.00", true],
    [" 3 ", true],
    ["1e-7", true],
    [new BigNumber("1"), true],
    [NaN, false],
    [Infinity, false],
    ["", false],
    ["  ", false],
    ["12abc", false],
    ["0x1F", false],
    ["SA-000042", false],
    [true, false],
    [null, false],
    [undefined, false],
    [[1], false],
    [{ value: "1" }, false],
  ])("should classify %p as %p", (input, expected) => {
    expect(isDecimalLike(input)).toBe(expected)
  })
})

describe("decimalToString", () => {
  it.each([
    ["1.500", "1.5"],
    ["1e-7", "0.0000001"],
    [1e-7, "0.0000001"],
    ["-0", "0"],
    [-0, "0"],
    ["100", "100"],
    ["1.23e25", "12300000000000000000000000"],
    [new BigNumber("0.10"), "0.1"],
  ])("should print %p as %s", (input, expected) => {
    expect(decimalToString(input as string)).toBe(expected)
  })
})
