import { toWinAnsi } from "../to-win-ansi"

describe("toWinAnsi", () => {
  it.each([
    ["Café Müller €5 – “ok” — œ Š ™", "Café Müller €5 – “ok” — œ Š ™"],
    ["line1\r\nline2\rline3", "line1\nline2\nline3"],
    ["a\tb", "a b"],
    ["日本", "??"],
    ["ok 👍", "ok ?"],
    ["e\u0301", "é"],
    ["bell\u0007", "bell?"],
    ["\u0080", "?"],
  ])("should convert %p", (input, expected) => {
    expect(toWinAnsi(input)).toBe(expected)
  })
})
