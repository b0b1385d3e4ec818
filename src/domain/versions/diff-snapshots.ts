import type { AgreementSnapshot, FieldChange, SnapshotDiff } from "../types"
import { isMissing } from "../dates/parse-date"
import { isDecimalLike, toDecimal } from "../money/decimal"

type SnapshotLine = AgreementSnapshot["lines"][number]

const IGNORED_FIELDS = new Set(["updated_at"])

function canonical(value: unknown): unknown {
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (Array.isArray(value)) {
    return value.map(canonical)
  }
  if (value !== null && typeof value === "object") {
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      sorted[key] = canonical((value as Record<string, unknown>)[key])
    }
    return sorted
  }
  return value
}

/** Key-sorted JSON, so objects with the same content compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? "undefined"
}

/** null and undefined are both "absent"; decimals compare by value; anything else by canonical JSON. */
function valuesEqual(a: unknown, b: unknown): boolean {
  if (isMissing(a) || isMissing(b)) {
    return isMissing(a) && isMissing(b)
  }
  if (isDecimalLike(a) && isDecimalLike(b)) {
    return toDecimal(a).isEqualTo(toDecimal(b))
  }
  return canonicalJson(a) === canonicalJson(b)
}

function orNull(x: unknown): unknown {
  return x === undefined ? null : x
}

function diffFields(from: Record<string, unknown>, to: Record<string, unknown>): FieldChange[] {
  const fields = new Set([...Object.keys(from), ...Object.keys(to)])
  const changes: FieldChange[] = []
  for (const field of [...fields].sort()) {
    if (!IGNORED_FIELDS.has(field) && !valuesEqual(from[field], to[field])) {
      changes.push({ field, from: orNull(from[field]), to: orNull(to[field]) })
    }
  }
  return changes
}

function byLineNumber(a: { id: string; line_number: number }, b: { id: string; line_number: number }): number {
  return a.line_number - b.line_number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Compares two confirmation snapshots: header field changes, lines added/removed/changed (matched by id),
 * and the policy list as a whole. Ordered by line number, then field name; `updated_at` is ignored.
 */
export function diffSnapshots(from: AgreementSnapshot, to: AgreementSnapshot): SnapshotDiff {
  const fromLines = new Map<string, SnapshotLine>(from.lines.map((l) => [l.id, l]))
  const toIds = new Set(to.lines.map((l) => l.id))

  const added: SnapshotLine[] = []
  const changed: SnapshotDiff["lines"]["changed"] = []
  for (const line of to.lines) {
    const before = fromLines.get(line.id)
    if (!before) {
      added.push(line)
      continue
    }
    const changes = diffFields(before, line)
    if (changes.length) {
      changed.push({ id: line.id, line_number: line.line_number, changes })
    }
  }
  const removed = from.lines.filter((l) => !toIds.has(l.id))

  const fromPolicies = from.policies ?? []
  const toPolicies = to.policies ?? []
  const policies: FieldChange[] = valuesEqual(fromPolicies, toPolicies)
    ? []
    : [{ field: "policies", from: fromPolicies, to: toPolicies }]

  return {
    from_version: from.version,
    to_version: to.version,
    header: diffFields(from.header ?? {}, to.header ?? {}),
    lines: {
      added: added.sort(byLineNumber),
      removed: removed.sort(byLineNumber),
      changed: changed.sort(byLineNumber),
    },
    policies,
  }
}
