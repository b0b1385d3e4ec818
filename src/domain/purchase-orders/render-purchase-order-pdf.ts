import PDFDocument from "pdfkit"
import { EMPTY_VALUE } from "../documents/format-values"
import { toWinAnsi } from "../documents/to-win-ansi"
import type { PurchaseOrderView, PurchaseOrderViewLine } from "./purchase-order-view"

export interface RenderPurchaseOrderPdfOptions {
  /** compress content streams (default `true`); tests turn it off to read the page text */
  compress?: boolean
}

type Doc = PDFKit.PDFDocument
type Align = "left" | "right"

const FONT = "Helvetica"
const FONT_BOLD = "Helvetica-Bold"
const MARGIN = { top: 40, bottom: 56, left: 40, right: 40 }
const TEXT_COLOR = "#111827"
const MUTED_COLOR = "#4b5563"
const ALERT_COLOR = "#b91c1c"
const RULE_COLOR = "#d1d5db"
const CELL_PADDING = 3

const COLUMNS: { header: string; share: number; align?: Align; cell: (l: PurchaseOrderViewLine) => string }[] = [
  { header: "#", share: 0.05, align: "right", cell: (l) => String(l.line_number) },
  { header: "Vendor SKU", share: 0.14, cell: (l) => l.sku },
  { header: "Item", share: 0.25, cell: (l) => l.title },
  { header: "Quantity", share: 0.09, align: "right", cell: (l) => l.quantity },
  { header: "Received", share: 0.09, align: "right", cell: (l) => l.quantity_received },
  { header: "Unit cost", share: 0.13, align: "right", cell: (l) => l.unit_cost },
  { header: "Amount", share: 0.13, align: "right", cell: (l) => l.line_total },
  { header: "Due date", share: 0.12, cell: (l) => l.due_date },
]

interface Style {
  font?: string
  size?: number
  color?: string
  align?: Align
}

/** A cursor over the page content box; text never makes pdfkit add pages on its own. */
class Cursor {
  y: number

  constructor(readonly doc: Doc) {
    this.y = doc.page.margins.top
  }

  get left(): number {
    return this.doc.page.margins.left
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  private style({ font = FONT, size = 9, color = TEXT_COLOR }: Style): void {
    this.doc.font(font).fontSize(size).fillColor(color)
  }

  measure(text: string, width: number, style: Style = {}): number {
    this.style(style)
    return this.doc.heightOfString(toWinAnsi(text), { width, lineGap: 1 })
  }

  draw(text: string, x: number, y: number, width: number, style: Style = {}): void {
    this.style(style)
    this.doc.text(toWinAnsi(text), x, y, {
      width,
      align: style.align ?? "left",
      lineGap: 1,
      height: Math.max(this.bottom - y, 1),
      ellipsis: true,
    })
  }

  ensureSpace(height: number): void {
    if (this.y + height > this.bottom && this.y > this.doc.page.margins.top) {
      this.doc.addPage()
      this.y = this.doc.page.margins.top
    }
  }

  rule(color = RULE_COLOR, lineWidth = 0.5): void {
    this.doc.moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).lineWidth(lineWidth).strokeColor(color).stroke()
  }
}

function drawHeader(c: Cursor, view: PurchaseOrderView): void {
  if (view.store_name) {
    c.draw(view.store_name.toUpperCase(), c.left, c.y, c.width, { size: 9, color: MUTED_COLOR })
    c.y += c.measure(view.store_name.toUpperCase(), c.width, { size: 9 }) + 2
  }
  c.draw(view.title, c.left, c.y, c.width, { font: FONT_BOLD, size: 18 })
  c.y += c.measure(view.title, c.width, { font: FONT_BOLD, size: 18 }) + 2
  const subtitle = `${view.number} · ${view.status_label}`
  c.draw(subtitle, c.left, c.y, c.width, { font: FONT_BOLD, size: 12 })
  c.y += c.measure(subtitle, c.width, { font: FONT_BOLD, size: 12 }) + 8
  c.rule(TEXT_COLOR, 1.5)
  c.y += 12
  if (view.notice) {
    c.draw(view.notice, c.left, c.y, c.width, { font: FONT_BOLD, size: 10, color: ALERT_COLOR })
    c.y += c.measure(view.notice, c.width, { font: FONT_BOLD, size: 10 }) + 10
  }
}

/** Vendor, ship-to and summary side by side. */
function drawBlocks(c: Cursor, view: PurchaseOrderView): void {
  const gap = 18
  const width = (c.width - 2 * gap) / 3
  const blocks: { heading: string; lines: string[] }[] = [
    { heading: "Vendor", lines: view.vendor_lines },
    { heading: view.ship_to_heading, lines: view.ship_to_lines },
    { heading: "Purchase order", lines: view.summary.map((f) => `${f.label}: ${f.value}`) },
  ]
  const heights = blocks.map((b) => {
    const body = (b.lines.length ? b.lines : [EMPTY_VALUE]).join("\n")
    return c.measure(b.heading.toUpperCase(), width, { font: FONT_BOLD, size: 8 }) + 3 + c.measure(body, width)
  })
  const height = Math.max(...heights)
  c.ensureSpace(height)
  blocks.forEach((b, i) => {
    const x = c.left + i * (width + gap)
    const heading = b.heading.toUpperCase()
    c.draw(heading, x, c.y, width, { font: FONT_BOLD, size: 8, color: MUTED_COLOR })
    const top = c.y + c.measure(heading, width, { font: FONT_BOLD, size: 8 }) + 3
    c.draw((b.lines.length ? b.lines : [EMPTY_VALUE]).join("\n"), x, top, width)
  })
  c.y += height + 18
}

function widths(c: Cursor): number[] {
  const w = COLUMNS.map((col) => Math.floor(c.width * col.share))
  w[w.length - 1] += c.width - w.reduce((a, b) => a + b, 0)
  return w
}

function drawRow(c: Cursor, cells: string[], w: number[], style: Style): void {
  const height = Math.max(...cells.map((cell, i) => c.measure(cell, w[i] - 2 * CELL_PADDING, style))) + 2 * CELL_PADDING
  let x = c.left
  cells.forEach((cell, i) => {
    c.draw(cell, x + CELL_PADDING, c.y + CELL_PADDING, w[i] - 2 * CELL_PADDING, { ...style, align: COLUMNS[i].align })
    x += w[i]
  })
  c.y += Math.min(height, c.bottom - c.y)
  c.rule()
}

function drawLines(c: Cursor, view: PurchaseOrderView): void {
  const w = widths(c)
  const header = COLUMNS.map((col) => col.header)
  const headerStyle: Style = { font: FONT_BOLD, size: 8 }
  const bodyStyle: Style = { size: 8 }
  c.ensureSpace(60)
  c.draw("LINES", c.left, c.y, c.width, { font: FONT_BOLD, size: 8, color: MUTED_COLOR })
  c.y += 14
  if (!view.lines.length) {
    c.draw("No lines.", c.left, c.y, c.width, { color: MUTED_COLOR })
    c.y += 14
    return
  }
  drawRow(c, header, w, headerStyle)
  for (const line of view.lines) {
    const cells = COLUMNS.map((col) => col.cell(line))
    const height = Math.max(...cells.map((cell, i) => c.measure(cell, w[i] - 2 * CELL_PADDING, bodyStyle))) + 2 * CELL_PADDING
    if (c.y + height > c.bottom) {
      c.doc.addPage()
      c.y = c.doc.page.margins.top
      drawRow(c, header, w, headerStyle)
    }
    drawRow(c, cells, w, bodyStyle)
  }
  if (view.total) {
    c.ensureSpace(20)
    c.y += 4
    c.draw(`Total ${view.total}`, c.left, c.y, c.width, { font: FONT_BOLD, size: 10, align: "right" })
    c.y += 16
  }
}

function drawFooters(doc: Doc, footer: string): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
    const y = doc.page.height - 36
    const options = { width, lineBreak: false, height: 12 }
    doc.font(FONT).fontSize(8).fillColor(MUTED_COLOR)
    doc.text(toWinAnsi(footer), doc.page.margins.left, y, { ...options, align: "left" })
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, doc.page.margins.left, y, { ...options, align: "right" })
  }
}

/**
 * Renders the purchase order as an A4 PDF with the standard Helvetica fonts
 * (text converted to WinAnsi). The document `Title` is the PO number.
 */
export function renderPurchaseOrderPdf(view: PurchaseOrderView, options: RenderPurchaseOrderPdfOptions = {}): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const created = view.created_at_iso ? new Date(view.created_at_iso) : undefined
      const doc = new PDFDocument({
        size: "A4",
        margins: MARGIN,
        bufferPages: true,
        compress: options.compress ?? true,
        info: {
          Title: view.number,
          Subject: `${view.title} ${view.number}`,
          ...(view.store_name ? { Author: view.store_name } : {}),
          Creator: "medusa-plugin-sales-agreements",
          ...(created ? { CreationDate: created } : {}),
        },
      })
      const chunks: Buffer[] = []
      doc.on("data", (chunk: Buffer) => chunks.push(chunk))
      doc.on("end", () => resolve(Buffer.concat(chunks)))
      doc.on("error", reject)
      const cursor = new Cursor(doc)
      drawHeader(cursor, view)
      drawBlocks(cursor, view)
      drawLines(cursor, view)
      drawFooters(doc, view.footer)
      doc.end()
    } catch (error) {
      reject(error)
    }
  })
}
