import type { ConfirmationField, ConfirmationLine, ConfirmationView } from "./confirmation-view"
import { escapeHtml } from "./escape-html"
import { EMPTY_VALUE } from "./format-values"

// Blocks every external load and every script even if some text escaped our escaping.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const STYLES = `
@page { size: A4; margin: 14mm 12mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #f3f4f6; color: #111827; font: 13px/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; }
.document { max-width: 210mm; margin: 24px auto; padding: 28px 32px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
.doc-header { border-bottom: 2px solid #111827; padding-bottom: 12px; margin-bottom: 18px; }
.store { font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: #4b5563; }
h1 { margin: 4px 0 2px; font-size: 22px; }
h2 { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #374151; }
.subtitle { margin: 0; font-size: 15px; font-weight: 600; }
.meta { margin: 2px 0 0; color: #4b5563; }
.grid { display: flex; flex-wrap: wrap; gap: 16px 32px; margin-bottom: 18px; }
.block { flex: 1 1 240px; min-width: 0; }
.block p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
dt { color: #4b5563; }
dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.empty { color: #6b7280; }
table { width: 100%; border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #d1d5db; padding: 5px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td ul { margin: 0; padding-left: 14px; }
.sub { display: block; color: #4b5563; font-size: 11px; }
.approval { margin-top: 28px; page-break-inside: avoid; break-inside: avoid; }
.signatures { display: flex; gap: 32px; margin-top: 36px; }
.signature { flex: 1; border-top: 1px solid #111827; padding-top: 4px; color: #4b5563; font-size: 12px; }
.doc-footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid #d1d5db; color: #4b5563; font-size: 11px; }
@media print {
  body { background: #fff; }
  .document { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  h2 { page-break-after: avoid; break-after: avoid; }
}
`

function textOrEmpty(value: string | null | undefined): string {
  return value ? escapeHtml(value) : `<span class="empty">${EMPTY_VALUE}</span>`
}

function definitionList(fields: ConfirmationField[]): string {
  if (!fields.length) {
    return `<p class="empty">${EMPTY_VALUE}</p>`
  }
  const rows = fields
    .map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${textOrEmpty(field.value)}</dd>`)
    .join("")
  return `<dl>${rows}</dl>`
}

function paragraphLines(lines: string[]): string {
  if (!lines.length) {
    return `<p class="empty">${EMPTY_VALUE}</p>`
  }
  return `<p>${lines.map(escapeHtml).join("<br>")}</p>`
}

function lineRow(line: ConfirmationLine): string {
  const dimensions = line.dimensions
    .map((d) => `<span class="sub">${escapeHtml(d.label)}: ${escapeHtml(d.value)}</span>`)
    .join("")
  const policies = line.policies.length
    ? `<ul>${line.policies.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`
    : textOrEmpty(null)
  return [
    "<tr>",
    `<td class="num">${escapeHtml(line.line_number)}</td>`,
    `<td>${escapeHtml(line.type_label)}</td>`,
    `<td>${escapeHtml(line.target)}${dimensions}</td>`,
    `<td class="num">${escapeHtml(line.committed)}</td>`,
    `<td>${escapeHtml(line.price_terms)}</td>`,
    `<td>${textOrEmpty(line.validity)}</td>`,
    `<td>${policies}</td>`,
    "</tr>",
  ].join("")
}

function linesTable(lines: ConfirmationLine[]): string {
  if (!lines.length) {
    return `<p class="empty">No commitments.</p>`
  }
  return [
    "<table>",
    "<thead><tr>",
    '<th class="num">#</th><th>Type</th><th>Product / category</th><th class="num">Committed</th>',
    "<th>Price terms</th><th>Line validity</th><th>Policies</th>",
    "</tr></thead>",
    `<tbody>${lines.map(lineRow).join("")}</tbody>`,
    "</table>",
  ].join("")
}

/**
 * Renders the confirmation as a standalone printable HTML5 document: inline
 * CSS, no scripts, no external resources, every dynamic text escaped.
 */
export function renderConfirmationHtml(view: ConfirmationView): string {
  const documentTitle = `${view.title} ${view.number} – version ${view.version}`
  const subtitle = [view.number, view.agreement_title].filter(Boolean).join(" — ")
  const counterparty = view.store_name ? `For ${view.store_name}: name, signature and date` : "For the seller: name, signature and date"

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(documentTitle)}</title>
<style>${STYLES}</style>
</head>
<body>
<main class="document">
<header class="doc-header">
${view.store_name ? `<div class="store">${escapeHtml(view.store_name)}</div>` : ""}
<h1>${escapeHtml(view.title)}</h1>
<p class="subtitle">${escapeHtml(subtitle)}</p>
<p class="meta">Version ${escapeHtml(view.version)} · confirmed ${escapeHtml(view.confirmed_at)}</p>
</header>
<section class="grid">
<div class="block"><h2>Customer</h2>${paragraphLines(view.customer.lines)}</div>
<div class="block"><h2>Agreement</h2>${definitionList(view.summary)}</div>
</section>
<section class="grid">
<div class="block"><h2>Shipping address</h2>${paragraphLines(view.shipping_address_lines)}</div>
<div class="block"><h2>Dimensions</h2>${definitionList(view.dimensions)}</div>
</section>
<section>
<h2>Commitments</h2>
${linesTable(view.lines)}
</section>
<section class="approval">
<h2>Approval</h2>
<p>Please review the terms above and return this document signed to confirm your approval.</p>
<div class="signatures">
<div class="signature">Customer: name, signature and date</div>
<div class="signature">${escapeHtml(counterparty)}</div>
</div>
</section>
<footer class="doc-footer">${escapeHtml(view.footer)}</footer>
</main>
</body>
</html>
`
}
