"use strict"

/** Small statistics and table helpers shared by the benchmark runner (plain JS, no build). */

/** Nearest-rank percentile of an unsorted sample (p in 0..100). */
function percentile(values, p) {
  if (!values.length) {
    return NaN
  }
  const sorted = Float64Array.from(values).sort()
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

function median(values) {
  const xs = values.filter((x) => Number.isFinite(x))
  if (!xs.length) {
    return NaN
  }
  const s = Float64Array.from(xs).sort()
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * Per run p50/p99 of `samplesByRun` (an array of arrays of ms), then the median
 * of those over the runs. Also the pooled figures (all runs' samples together).
 */
function summarizeRuns(samplesByRun) {
  const runs = samplesByRun.filter((r) => r.length)
  const all = runs.flat()
  return {
    runs: runs.length,
    samples: all.length,
    samples_per_run: runs.map((r) => r.length),
    p50: median(runs.map((r) => percentile(r, 50))),
    p99: median(runs.map((r) => percentile(r, 99))),
    mean: median(runs.map((r) => r.reduce((a, b) => a + b, 0) / r.length)),
    pooled_p50: percentile(all, 50),
    pooled_p99: percentile(all, 99),
    min: all.length ? Math.min(...all) : NaN,
    max: all.length ? Math.max(...all) : NaN,
    per_run: runs.map((r) => ({ n: r.length, p50: percentile(r, 50), p99: percentile(r, 99) })),
  }
}

function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return "—"
  }
  if (typeof value === "string") {
    return value
  }
  return value.toFixed(digits)
}

/**
 * Renders a Markdown-style table. `align` per column: "l" or "r" (default: first
 * column left, the others right).
 */
function table(header, rows, align) {
  const cells = rows.map((row) => row.map((c) => (c === null || c === undefined ? "—" : String(c))))
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)))
  const al = (i) => (align ? align[i] : i === 0 ? "l" : "r")
  const line = (row) =>
    `| ${row.map((c, i) => (al(i) === "l" ? (c ?? "").padEnd(widths[i]) : (c ?? "").padStart(widths[i]))).join(" | ")} |`
  const sep = `|${widths.map((w, i) => (al(i) === "l" ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`
  return [line(header), sep, ...cells.map(line)].join("\n")
}

module.exports = { percentile, median, summarizeRuns, fmt, table }
