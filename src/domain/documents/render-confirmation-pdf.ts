import PDFDocument from "pdfkit"
import type { ConfirmationField, ConfirmationLine, ConfirmationView } from "./confirmation-view"
import { EMPTY_VALUE } from "./format-values"
import { toWinAnsi } from "./to-win-ansi"

export interface RenderConfirmationPdfOptions {
  /** compress content streams (default `true`); tests turn it off to read the page text */
  compress?: boolean
}

type Doc = PDFKit.PDFDocument
type Align = "left" | "right"

const FONT = "Helvetica"
const FONT_BOLD = "Helvetica-Bold"
const MARGIN = { top: 40, bottom: 56, left: 40, right: 40 }
const FOOTER_OFFSET = 36
const LINE_GAP = 1
const CELL_PADDING = 3
const TEXT_COLOR = "#111827"
const MUTED_COLOR = "#4b5563"
const RULE_COLOR = "#d1d5db"
const HEADER_FILL = "#f3f4f6"

interface TextStyle {
  font?: string
  size?: number
  color?: string
  align?: Align
}

/** A block of the header area: a heading and rows (label/value pairs or plain lines). */
interface Block {
  heading: string
  rows: { label?: string; value: string }[]
}

const TABLE_COLUMNS: { header: string; share: number; align?: Align; cell: (line: ConfirmationLine) => string }[] = [
  { header: "#", share: 0.045, align: "right", cell: (line) => String(line.line_number) },
  { header: "Type", share: 0.12, cell: (line) => line.type_label },
  {
    header: "Product / category",
    share: 0.2,
    cell: (line) => [line.target, ...line.dimensions.map((d) => `${d.label}: ${d.value}`)].join("\n"),
  },
  { header: "Committed", share: 0.13, align: "right", cell: (line) => line.committed },
  { header: "Price terms", share: 0.2, cell: (line) => line.price_terms },
  { header: "Line validity", share: 0.125, cell: (line) => line.validity ?? EMPTY_VALUE },
  { header: "Policies", share: 0.18, cell: (line) => (line.policies.length ? line.policies.join("\n") : EMPTY_VALUE) },
]

function parseDate(value: string): Date | undefined {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

class PdfLayout {
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

  get pageContentHeight(): number {
    return this.bottom - this.doc.page.margins.top
  }

  style({ font = FONT, size = 9, color = TEXT_COLOR }: TextStyle): void {
    this.doc.font(font).fontSize(size).fillColor(color)
  }

  measure(text: string, width: number, style: TextStyle = {}): number {
    this.style(style)
    return this.doc.heightOfString(toWinAnsi(text), { width, lineGap: LINE_GAP })
  }

  /** Draws text in a box; never lets pdfkit add pages on its own (it is clamped to the page). */
  draw(text: string, x: number, y: number, width: number, style: TextStyle = {}): void {
    this.style(style)
    this.doc.text(toWinAnsi(text), x, y, {
      width,
      align: style.align ?? "left",
      lineGap: LINE_GAP,
      height: Math.max(this.bottom - y, 1),
      ellipsis: true,
    })
  }

  newPage(): void {
    this.doc.addPage()
    this.y = this.doc.page.margins.top
  }

  /** Starts a new page unless `height` fits below the cursor (or would not fit on any page). */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom || this.y === this.doc.page.margins.top) {
      return false
    }
    this.newPage()
    return true
  }

  rule(color = RULE_COLOR, lineWidth = 0.5): void {
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(lineWidth)
      .strokeColor(color)
      .stroke()
  }
}

const BLOCK_LABEL_WIDTH = 92
const BLOCK_HEADING: TextStyle = { font: FONT_BOLD, size: 9, color: MUTED_COLOR }

function blockRowHeight(layout: PdfLayout, row: Block["rows"][number], width: number): number {
  if (row.label === undefined) {
    return layout.measure(row.value, width)
  }
  return Math.max(
    layout.measure(row.label, BLOCK_LABEL_WIDTH, { color: MUTED_COLOR }),
    layout.measure(row.value || EMPTY_VALUE, width - BLOCK_LABEL_WIDTH)
  )
}

function blockHeight(layout: PdfLayout, block: Block, width: number): number {
  const heading = layout.measure(block.heading.toUpperCase(), width, BLOCK_HEADING) + 3
  return block.rows.reduce((sum, row) => sum + blockRowHeight(layout, row, width) + 2, heading)
}

function drawBlockRow(layout: PdfLayout, row: Block["rows"][number], x: number, y: number, width: number): void {
  if (row.label === undefined) {
    layout.draw(row.value, x, y, width)
    return
  }
  layout.draw(row.label, x, y, BLOCK_LABEL_WIDTH - 6, { color: MUTED_COLOR })
  layout.draw(row.value || EMPTY_VALUE, x + BLOCK_LABEL_WIDTH, y, width - BLOCK_LABEL_WIDTH)
}

/** Draws a block at (x, y) without page breaks; the caller made room. */
function drawBlockAt(layout: PdfLayout, block: Block, x: number, y: number, width: number): number {
  const start = y
  layout.draw(block.heading.toUpperCase(), x, y, width, BLOCK_HEADING)
  y += layout.measure(block.heading.toUpperCase(), width, BLOCK_HEADING) + 3
  for (const row of block.rows) {
    drawBlockRow(layout, row, x, y, width)
    y += blockRowHeight(layout, row, width) + 2
  }
  return y - start
}

/** Draws a block over the full width, breaking pages between rows. */
function drawFlowingBlock(layout: PdfLayout, block: Block): void {
  const width = layout.width
  const headingHeight = layout.measure(block.heading.toUpperCase(), width, BLOCK_HEADING) + 3
  const first = block.rows[0]
  layout.ensureSpace(headingHeight + (first ? blockRowHeight(layout, first, width) : 0))
  layout.draw(block.heading.toUpperCase(), layout.left, layout.y, width, BLOCK_HEADING)
  layout.y += headingHeight
  for (const row of block.rows) {
    const height = blockRowHeight(layout, row, width)
    layout.ensureSpace(height)
    drawBlockRow(layout, row, layout.left, layout.y, width)
    layout.y += Math.min(height, layout.bottom - layout.y) + 2
  }
}

/** Two blocks side by side when they fit on one page, else one after the other. */
function drawBlockPair(layout: PdfLayout, left: Block, right: Block): void {
  const gap = 24
  const columnWidth = (layout.width - gap) / 2
  const height = Math.max(blockHeight(layout, left, columnWidth), blockHeight(layout, right, columnWidth))
  if (height <= layout.pageContentHeight) {
    layout.ensureSpace(height)
    drawBlockAt(layout, left, layout.left, layout.y, columnWidth)
    drawBlockAt(layout, right, layout.left + columnWidth + gap, layout.y, columnWidth)
    layout.y += height
  } else {
    drawFlowingBlock(layout, left)
    layout.y += 10
    drawFlowingBlock(layout, right)
  }
  layout.y += 14
}

function fieldRows(fields: ConfirmationField[]): Block["rows"] {
  return fields.length ? fields.map((f) => ({ label: f.label, value: f.value })) : [{ value: EMPTY_VALUE }]
}

function lineRows(lines: string[]): Block["rows"] {
  return lines.length ? lines.map((value) => ({ value })) : [{ value: EMPTY_VALUE }]
}

function drawTitle(layout: PdfLayout, view: ConfirmationView): void {
  const width = layout.width
  if (view.store_name) {
    layout.draw(view.store_name.toUpperCase(), layout.left, layout.y, width, { size: 9, color: MUTED_COLOR })
    layout.y += layout.measure(view.store_name.toUpperCase(), width, { size: 9 }) + 2
  }
  layout.draw(view.title, layout.left, layout.y, width, { font: FONT_BOLD, size: 18 })
  layout.y += layout.measure(view.title, width, { font: FONT_BOLD, size: 18 }) + 2
  const subtitle = [view.number, view.agreement_title].filter(Boolean).join(" — ")
  layout.draw(subtitle, layout.left, layout.y, width, { font: FONT_BOLD, size: 12 })
  layout.y += layout.measure(subtitle, width, { font: FONT_BOLD, size: 12 }) + 2
  const meta = `Version ${view.version} · confirmed ${view.confirmed_at}`
  layout.draw(meta, layout.left, layout.y, width, { size: 9, color: MUTED_COLOR })
  layout.y += layout.measure(meta, width, { size: 9 }) + 8
  layout.rule(TEXT_COLOR, 1.5)
  layout.y += 14
}

function columnWidths(layout: PdfLayout): number[] {
  const widths = TABLE_COLUMNS.map((column) => Math.floor(layout.width * column.share))
  widths[widths.length - 1] += layout.width - widths.reduce((a, b) => a + b, 0)
  return widths
}

function rowHeight(layout: PdfLayout, cells: string[], widths: number[], style: TextStyle): number {
  const heights = cells.map((cell, i) => layout.measure(cell, widths[i] - 2 * CELL_PADDING, style))
  return Math.max(...heights) + 2 * CELL_PADDING
}

function drawRow(layout: PdfLayout, cells: string[], widths: number[], style: TextStyle, fill?: string): number {
  const height = Math.min(rowHeight(layout, cells, widths, style), layout.bottom - layout.y)
  if (fill) {
    layout.doc.rect(layout.left, layout.y, layout.width, height).fill(fill)
  }
  let x = layout.left
  cells.forEach((cell, i) => {
    layout.draw(cell, x + CELL_PADDING, layout.y + CELL_PADDING, widths[i] - 2 * CELL_PADDING, {
      ...style,
      align: TABLE_COLUMNS[i].align,
    })
    x += widths[i]
  })
  layout.y += height
  layout.rule()
  return height
}

function drawLinesTable(layout: PdfLayout, lines: ConfirmationLine[]): void {
  const headingStyle = BLOCK_HEADING
  const widths = columnWidths(layout)
  const headerCells = TABLE_COLUMNS.map((column) => column.header)
  const headerStyle: TextStyle = { font: FONT_BOLD, size: 8 }
  const bodyStyle: TextStyle = { size: 8 }
  const headerHeight = rowHeight(layout, headerCells, widths, headerStyle)
  const drawHeader = () => drawRow(layout, headerCells, widths, headerStyle, HEADER_FILL)

  const headingHeight = layout.measure("COMMITMENTS", layout.width, headingStyle) + 4
  const firstRow = lines[0] ? rowHeight(layout, TABLE_COLUMNS.map((c) => c.cell(lines[0])), widths, bodyStyle) : 12
  // a row taller than a page is clipped rather than pushed to page after page
  const rowLimit = layout.pageContentHeight - headingHeight - headerHeight
  layout.ensureSpace(headingHeight + headerHeight + Math.min(firstRow, rowLimit))
  layout.draw("COMMITMENTS", layout.left, layout.y, layout.width, headingStyle)
  layout.y += headingHeight
  if (!lines.length) {
    layout.draw("No commitments.", layout.left, layout.y, layout.width, { color: MUTED_COLOR })
    layout.y += layout.measure("No commitments.", layout.width) + 14
    return
  }
  drawHeader()
  let rowsOnPage = 0
  for (const line of lines) {
    const cells = TABLE_COLUMNS.map((column) => column.cell(line))
    if (rowsOnPage > 0 && layout.y + rowHeight(layout, cells, widths, bodyStyle) > layout.bottom) {
      layout.newPage()
      drawHeader()
      rowsOnPage = 0
    }
    drawRow(layout, cells, widths, bodyStyle)
    rowsOnPage++
  }
  layout.y += 18
}

function drawApproval(layout: PdfLayout, view: ConfirmationView): void {
  const width = layout.width
  const intro = "Please review the terms above and return this document signed to confirm your approval."
  const height = layout.measure("APPROVAL", width, BLOCK_HEADING) + layout.measure(intro, width) + 70
  layout.ensureSpace(height)
  layout.draw("APPROVAL", layout.left, layout.y, width, BLOCK_HEADING)
  layout.y += layout.measure("APPROVAL", width, BLOCK_HEADING) + 3
  layout.draw(intro, layout.left, layout.y, width)
  layout.y += layout.measure(intro, width) + 44
  const gap = 32
  const columnWidth = (width - gap) / 2
  const seller = view.store_name ? `For ${view.store_name}: name, signature and date` : "For the seller: name, signature and date"
  const signatures = ["Customer: name, signature and date", seller]
  signatures.forEach((label, i) => {
    const x = layout.left + i * (columnWidth + gap)
    layout.doc.moveTo(x, layout.y).lineTo(x + columnWidth, layout.y).lineWidth(0.75).strokeColor(TEXT_COLOR).stroke()
    layout.draw(label, x, layout.y + 4, columnWidth, { size: 8, color: MUTED_COLOR })
  })
  layout.y += 20
}

function drawFooters(doc: Doc, footer: string): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
    const y = doc.page.height - FOOTER_OFFSET
    const options = { width, lineBreak: false, height: 12 }
    doc
      .moveTo(doc.page.margins.left, y - 6)
      .lineTo(doc.page.margins.left + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE_COLOR)
      .stroke()
    doc.font(FONT).fontSize(8).fillColor(MUTED_COLOR)
    doc.text(toWinAnsi(footer), doc.page.margins.left, y, { ...options, align: "left" })
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, doc.page.margins.left, y, { ...options, align: "right" })
  }
}

function layoutDocument(doc: Doc, view: ConfirmationView): void {
  const layout = new PdfLayout(doc)
  drawTitle(layout, view)
  drawBlockPair(
    layout,
    { heading: "Customer", rows: lineRows(view.customer.lines) },
    { heading: "Agreement", rows: fieldRows(view.summary) }
  )
  drawBlockPair(
    layout,
    { heading: "Shipping address", rows: lineRows(view.shipping_address_lines) },
    { heading: "Dimensions", rows: fieldRows(view.dimensions) }
  )
  drawLinesTable(layout, view.lines)
  drawApproval(layout, view)
  drawFooters(doc, view.footer)
}

/**
 * Renders the confirmation as an A4 PDF with the standard Helvetica fonts
 * (nothing read from disk at render time). The document `Title` is the agreement number.
 */
export function renderConfirmationPdf(
  view: ConfirmationView,
  options: RenderConfirmationPdfOptions = {}
): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const doc = new PDFDocument({
        size: "A4",
        margins: MARGIN,
        bufferPages: true,
        compress: options.compress ?? true,
        info: {
          Title: view.number,
          Subject: `${view.title}, version ${view.version}`,
          ...(view.store_name ? { Author: view.store_name } : {}),
          Creator: "medusa-plugin-sales-agreements",
          CreationDate: parseDate(view.confirmed_at_iso),
        },
      })
      const chunks: Buffer[] = []
      doc.on("data", (chunk: Buffer) => chunks.push(chunk))
      doc.on("end", () => resolve(Buffer.concat(chunks)))
      doc.on("error", reject)
      layoutDocument(doc, view)
      doc.end()
    } catch (error) {
      reject(error)
    }
  })
}
