import { escapeHtml } from "../escape-html"

describe("escapeHtml", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`a & b "c" 'd'`, "a &amp; b &quot;c&quot; &#39;d&#39;"],
    ["&amp;", "&amp;amp;"],
    ["Café €", "Café €"],
    [42, "42"],
    [null, ""],
    [undefined, ""],
  ])("should escape %p", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })
})
