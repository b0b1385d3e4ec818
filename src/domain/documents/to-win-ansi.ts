// Unicode code points outside Latin-1 that WinAnsiEncoding (PDF standard fonts) still has.
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013,
  0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026,
  0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
])

/**
 * Makes text safe for the PDF standard fonts (WinAnsiEncoding): keeps Latin-1
 * and the WinAnsi extras (€, –, —, “ ” …), turns tabs into spaces, and
 * replaces every other character (CJK, emoji, control characters) with `?`.
 */
export function toWinAnsi(value: string): string {
  let result = ""
  for (const char of value.normalize("NFC").replace(/\r\n?/g, "\n")) {
    const code = char.codePointAt(0) as number
    if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code)) {
      result += char
    } else if (char === "\t") {
      result += " "
    } else {
      result += "?"
    }
  }
  return result
}
