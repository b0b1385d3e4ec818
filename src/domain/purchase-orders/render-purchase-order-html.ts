import { escapeHtml } from "../documents/escape-html"
import { EMPTY_VALUE } from "../documents/format-values"
import type { PurchaseOrderView, PurchaseOrderViewField, PurchaseOrderViewLine } from "./purchase-order-view"

// Blocks every external load and every script even if some text escaped our escaping.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const STYLES = `
@page { size: A4; margin: 14mm 12mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f4f6; color: #111827; font: 13px/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; }
.document { max-width: 210mm; margin: 24px auto; padding: 28px 32px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
.doc-header { border-bottom: 2px solid #111827; padding-bottom: 12px; margin-bottom: 18px; }
.store { font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: #4b5563; }
h1 { margin: 4px 0 2px; font-size: 22px; }
h2 { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #374151; }
.subtitle { margin: 0; font-size: 15px; font-weight: 600; }
.notice { margin: 0 0 16px; padding: 8px 10px; border: 1px solid #b91c1c; color: #b91c1c; font-weight: 600; }
.grid { display: flex; flex-wrap: wrap; gap: 16px 32px; margin-bottom: 18px; }
.block { flex: 1 1 200px; min-width: 0; }
.block p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
dt { color: #4b5563; }
dd { margin: 0; overflow-wrap: anywhere; }
.empty { color: #6b7280; }
table { width: 100%; border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #d1d5db; padding: 5px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tfoot td { font-weight: 600; }
.doc-footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid #d1d5db; color: #4b5563; font-size: 11px; }
@media print { body { background: #fff; } .document { margin: 0; padding: 0; max-width: none; box-shadow: none; } }
`

function paragraphLines(lines: string[]): string {
  return lines.length ? `<p>${lines.map(escapeHtml).join("<br>")}</p>` : `<p class="empty">${EMPTY_VALUE}</p>`
}

function definitionList(fields: PurchaseOrderViewField[]): string {
  return `<dl>${fields.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join("")}</dl>`
}

function lineRow(line: PurchaseOrderViewLine): string {
  return [
    "<tr>",
    `<td class="num">${escapeHtml(line.line_number)}</td>`,
    `<td>${escapeHtml(line.sku)}</td>`,
    `<td>${escapeHtml(line.title)}</td>`,
    `<td class="num">${escapeHtml(line.quantity)}</td>`,
    `<td class="num">${escapeHtml(line.quantity_received)}</td>`,
    `<td class="num">${escapeHtml(line.unit_cost)}</td>`,
    `<td class="num">${escapeHtml(line.line_total)}</td>`,
    `<td>${escapeHtml(line.due_date)}</td>`,
    "</tr>",
  ].join("")
}

function linesTable(view: PurchaseOrderView): string {
  if (!view.lines.length) {
    return `<p class="empty">No lines.</p>`
  }
  const total = view.total
    ? `<tfoot><tr><td colspan="6" class="num">Total</td><td class="num">${escapeHtml(view.total)}</td><td></td></tr></tfoot>`
    : ""
  return [
    "<table>",
    '<thead><tr><th class="num">#</th><th>Vendor SKU</th><th>Item</th><th class="num">Quantity</th>',
    '<th class="num">Received</th><th class="num">Unit cost</th><th class="num">Amount</th><th>Due date</th></tr></thead>',
    `<tbody>${view.lines.map(lineRow).join("")}</tbody>`,
    total,
    "</table>",
  ].join("")
}

/**
 * Renders the purchase order as a standalone printable HTML5 document:
 * inline CSS, no scripts, no external resources, every dynamic text escaped.
 */
export function renderPurchaseOrderHtml(view: PurchaseOrderView): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${view.title} ${view.number}`)}</title>
<style>${STYLES}</style>
</head>
<body>
<main class="document">
<header class="doc-header">
${view.store_name ? `<div class="store">${escapeHtml(view.store_name)}</div>` : ""}
<h1>${escapeHtml(view.title)}</h1>
<p class="subtitle">${escapeHtml(view.number)} · ${escapeHtml(view.status_label)}</p>
</header>
${view.notice ? `<p class="notice">${escapeHtml(view.notice)}</p>` : ""}
<section class="grid">
<div class="block"><h2>Vendor</h2>${paragraphLines(view.vendor_lines)}</div>
<div class="block"><h2>${escapeHtml(view.ship_to_heading)}</h2>${paragraphLines(view.ship_to_lines)}</div>
<div class="block"><h2>Purchase order</h2>${definitionList(view.summary)}</div>
</section>
<section>
<h2>Lines</h2>
${linesTable(view)}
</section>
<footer class="doc-footer">${escapeHtml(view.footer)}</footer>
</main>
</body>
</html>
`
}
