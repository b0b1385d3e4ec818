import { buildConfirmationView } from "../confirmation-view"
import { renderConfirmationPdf } from "../render-confirmation-pdf"
import { makeLine, makeSnapshot, manyLines } from "./fixtures"

/** Text shown by the TJ operators of an uncompressed PDF, one string per operator, decoded as WinAnsi/Latin-1. */
function shownTexts(pdf: Buffer): string[] {
  const source = pdf.toString("latin1")
  return [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map(([, array]) =>
    [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex, "hex").toString("latin1")).join("")
  )
}

/** The document info `Title` (pdfkit writes info strings as indirect objects). */
function infoTitle(pdf: Buffer): string | undefined {
  const source = pdf.toString("latin1")
  const ref = source.match(/\/Title (\d+) 0 R/)?.[1]
  return ref ? source.match(new RegExp(`\\b${ref} 0 obj\\s*\\((.*)\\)\\s*endobj`))?.[1] : undefined
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length
}

describe("renderConfirmationPdf", () => {
  const view = (snapshot = makeSnapshot()) =>
    buildConfirmationView(snapshot, {
      store_name: "Medusa Store",
      customer: { name: "Anna Muller", email: "anna@acme.test", company_name: "Acme GmbH" },
    })

  it("should produce a one-page PDF whose Title is the agreement number", async () => {
    const pdf = await renderConfirmationPdf(view())
    const source = pdf.toString("latin1")

    expect(source.startsWith("%PDF-")).toBe(true)
    expect(source.trimEnd().endsWith("%%EOF")).toBe(true)
    expect(infoTitle(pdf)).toBe("SA-000042")
    expect(source).toContain("/MediaBox [0 0 595.28 841.89]")
    expect(pageCount(pdf)).toBe(1)
  })

  it("should write the number, the lines and the footer as page text", async () => {
    const pdf = await renderConfirmationPdf(
      view(
        makeSnapshot({
          lines: [makeLine({ commitment_type: "product_quantity", product_variant_id: "variant_1", quantity: "1000", unit_label: "pcs", amount: null, unit_price: "8.5" })],
        })
      ),
      { compress: false }
    )
    const text = shownTexts(pdf).join("\n")

    expect(text).toContain("SA-000042")
    expect(text).toContain("Sales agreement confirmation")
    expect(text).toContain("1,000 pcs")
    expect(text).toContain("8.50 EUR per 1 pcs")
    expect(text).toContain("Version 3 \x97 confirmed 2025-03-04 09:15 UTC")
    expect(text).toContain("Page 1 of 1")
  })

  it("should break 80 lines over several pages, each with header row and footer", async () => {
    const pdf = await renderConfirmationPdf(view(makeSnapshot({ lines: manyLines(80) })), { compress: false })
    const pages = pageCount(pdf)
    const texts = shownTexts(pdf)

    expect(pages).toBeGreaterThan(1)
    expect(texts.filter((t) => t.startsWith("Version 3 \x97 confirmed"))).toHaveLength(pages)
    expect(texts).toContain(`Page ${pages} of ${pages}`)
    expect(texts.filter((t) => t === "Price terms")).toHaveLength(pages)
    expect(texts).toContain("80")
    expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true)
  })

  it("should not crash on non-ASCII text and encode Latin-1 and € in WinAnsi", async () => {
    const snapshot = makeSnapshot({
      header: {
        ...makeSnapshot().header,
        title: "Contrat cadre été — Müller € 日本 👍",
        dimensions: { "Kostenstelle": "Büro Zürich" },
      },
    })
    const pdf = await renderConfirmationPdf(view(snapshot), { compress: false })
    const text = shownTexts(pdf).join("\n")

    expect(text).toContain("Contrat cadre \xe9t\xe9 \x97 M\xfcller \x80 ?? ?")
    expect(text).toContain("B\xfcro Z\xfcrich")
  })

  it("should render an agreement without lines and without optional header fields", async () => {
    const pdf = await renderConfirmationPdf(
      buildConfirmationView(makeSnapshot({ header: { number: "SA-2", currency_code: "usd" }, lines: [] }))
    )

    expect(pdf.toString("latin1").startsWith("%PDF-")).toBe(true)
    expect(infoTitle(pdf)).toBe("SA-2")
  })

  it("should keep a very tall row on its page", async () => {
    const tall = makeLine({ dimensions: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`key_${i}`, `value ${i}`])) })
    const pdf = await renderConfirmationPdf(view(makeSnapshot({ lines: [tall, ...manyLines(3).map((l) => ({ ...l, line_number: l.line_number + 1 }))] })))

    expect(pageCount(pdf)).toBeGreaterThan(1)
    expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true)
  })

  it("should be deterministic for the same view", async () => {
    const first = await renderConfirmationPdf(view())
    const second = await renderConfirmationPdf(view())

    expect(first.equals(second)).toBe(true)
  })
})
