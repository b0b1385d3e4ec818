import type { AgreementSnapshot, FieldChange } from "../../types"
import { diffSnapshots } from "../diff-snapshots"

const line = (id: string, line_number: number, over: Record<string, unknown> = {}) => ({
  id,
  line_number,
  commitment_type: "value",
  amount: "1000",
  discount_percent: "5",
  ...over,
})

const snapshot = (over: Partial<AgreementSnapshot> = {}): AgreementSnapshot => ({
  version: 1,
  confirmed_at: "2025-01-02T00:00:00.000Z",
  header: {
    number: "SA-000042",
    title: "Frame 2025",
    currency_code: "eur",
    effective_date: "2025-01-01T00:00:00.000Z",
    dimensions: { cost_center: "CC-1", project: "P-9" },
    shipping_address: { city: "Lyon", postal_code: "69001" },
    updated_at: "2025-01-02T00:00:00.000Z",
  },
  lines: [line("l1", 1), line("l2", 2)],
  policies: [{ name: "discount-cap", conditions: { all: [] } }],
  ...over,
})

const base = snapshot()
const withHeader = (over: Record<string, unknown>) => snapshot({ version: 2, header: { ...base.header, ...over } })

describe("diffSnapshots", () => {
  it("should report nothing between identical snapshots", () => {
    expect(diffSnapshots(base, snapshot({ version: 2 }))).toEqual({
      from_version: 1,
      to_version: 2,
      header: [],
      lines: { added: [], removed: [], changed: [] },
      policies: [],
    })
  })

  it.each<[string, Record<string, unknown>, FieldChange[]]>([
    ["a changed title", { title: "Frame 2025 bis" }, [{ field: "title", from: "Frame 2025", to: "Frame 2025 bis" }]],
    ["only updated_at", { updated_at: "2025-03-01T00:00:00.000Z" }, []],
    ["a decimal rewritten with zeros", { min_total: "10.00" }, [{ field: "min_total", from: null, to: "10.00" }]],
    ["dimensions in another key order", { dimensions: { project: "P-9", cost_center: "CC-1" } }, []],
    [
      "a changed dimension",
      { dimensions: { cost_center: "CC-2", project: "P-9" } },
      [
        {
          field: "dimensions",
          from: { cost_center: "CC-1", project: "P-9" },
          to: { cost_center: "CC-2", project: "P-9" },
        },
      ],
    ],
    [
      "a postal code that only looks numeric inside an object",
      { shipping_address: { city: "Lyon", postal_code: "069001" } },
      [
        {
          field: "shipping_address",
          from: { city: "Lyon", postal_code: "69001" },
          to: { city: "Lyon", postal_code: "069001" },
        },
      ],
    ],
    ["a removed field", { title: undefined }, [{ field: "title", from: "Frame 2025", to: null }]],
    ["null instead of missing", { payment_terms: null }, []],
    ["a Date equal to its ISO string", { effective_date: new Date("2025-01-01T00:00:00.000Z") }, []],
    [
      "a changed number",
      { number: "SA-000043" },
      [{ field: "number", from: "SA-000042", to: "SA-000043" }],
    ],
    [
      "several fields sorted by name",
      { title: "T", auto_apply: true, currency_code: "usd" },
      [
        { field: "auto_apply", from: null, to: true },
        { field: "currency_code", from: "eur", to: "usd" },
        { field: "title", from: "Frame 2025", to: "T" },
      ],
    ],
  ])("should diff the header for %s", (_, over, expected) => {
    expect(diffSnapshots(base, withHeader(over)).header).toEqual(expected)
  })

  it.each<[unknown, unknown, boolean]>([
    ["10", "10.00", true],
    ["10", 10, true],
    [0.1, "0.10", true],
    ["1e1", 10, true],
    ["10", "10.01", false],
    [10, "ten", false],
    [true, "true", false],
    [false, 0, false],
    [null, 0, false],
  ])("should treat header values %p and %p as equal: %p", (a, b, equal) => {
    const diff = diffSnapshots(snapshot({ header: { v: a } }), snapshot({ header: { v: b } }))
    expect(diff.header).toEqual(equal ? [] : [{ field: "v", from: a, to: b }])
  })

  it("should match lines by id and order added, removed and changed by line number", () => {
    const from = snapshot({ lines: [line("l3", 3), line("l1", 1), line("l2", 2), line("l4", 4)] })
    const to = snapshot({
      version: 2,
      lines: [
        line("l6", 6),
        line("l4", 4, { amount: "1500", updated_at: "x" }),
        line("l5", 5),
        line("l1", 1, { amount: "1000.000", discount_percent: 7, product_category_id: "pcat_1" }),
      ],
    })
    const diff = diffSnapshots(from, to)

    expect(diff.lines.added.map((l) => l.id)).toEqual(["l5", "l6"])
    expect(diff.lines.removed.map((l) => l.id)).toEqual(["l2", "l3"])
    expect(diff.lines.changed).toEqual([
      {
        id: "l1",
        line_number: 1,
        changes: [
          { field: "discount_percent", from: "5", to: 7 },
          { field: "product_category_id", from: null, to: "pcat_1" },
        ],
      },
      { id: "l4", line_number: 4, changes: [{ field: "amount", from: "1000", to: "1500" }] },
    ])
  })

  it("should report a renumbered line as changed under its new number", () => {
    const diff = diffSnapshots(base, snapshot({ lines: [line("l1", 3), line("l2", 2)] }))
    expect(diff.lines.changed).toEqual([{ id: "l1", line_number: 3, changes: [{ field: "line_number", from: 1, to: 3 }] }])
  })

  it.each<[string, AgreementSnapshot["policies"], AgreementSnapshot["policies"], boolean]>([
    ["missing and empty lists", undefined, [], false],
    ["the same rule with keys reordered", [{ a: 1, b: { c: 2, d: 3 } }], [{ b: { d: 3, c: 2 }, a: 1 }], false],
    ["a changed rule", [{ name: "x", priority: 1 }], [{ name: "x", priority: 2 }], true],
    ["reordered rules", [{ name: "x" }, { name: "y" }], [{ name: "y" }, { name: "x" }], true],
    ["an added rule", [], [{ name: "x" }], true],
  ])("should compare policies for %s", (_, fromPolicies, toPolicies, changed) => {
    const diff = diffSnapshots(snapshot({ policies: fromPolicies }), snapshot({ policies: toPolicies }))
    expect(diff.policies).toEqual(changed ? [{ field: "policies", from: fromPolicies, to: toPolicies }] : [])
  })

  it("should not mutate its inputs", () => {
    const from = snapshot({ lines: [line("l2", 2), line("l1", 1)] })
    const to = snapshot({ lines: [line("l9", 9), line("l8", 8)] })
    const before = JSON.stringify([from, to])
    diffSnapshots(from, to)
    expect(JSON.stringify([from, to])).toBe(before)
  })
})
