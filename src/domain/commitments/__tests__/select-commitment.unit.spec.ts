import type { CommitmentCandidate, CommitmentType, SelectableItem } from "../../types"
import { rankCommitments, selectCommitment } from "../select-commitment"

const item: SelectableItem = {
  variant_id: "variant_1",
  product_id: "prod_1",
  categories: [
    { id: "cat_root", depth: 0 },
    { id: "cat_mid", depth: 1 },
    { id: "cat_leaf", depth: 2 },
  ],
}
const date = new Date("2025-06-15T12:00:00.000Z")

let nextLine = 100
const cand = (
  id: string,
  commitment_type: CommitmentType,
  over: Partial<CommitmentCandidate> = {}
): CommitmentCandidate => ({ id, line_number: nextLine++, commitment_type, ...over })

const all: CommitmentCandidate[] = [
  cand("value", "value", { line_number: 1 }),
  cand("cat_root", "product_category_value", { product_category_id: "cat_root", line_number: 2 }),
  cand("product_value", "product_value", { product_id: "prod_1", line_number: 3 }),
  cand("cat_leaf", "product_category_value", { product_category_id: "cat_leaf", line_number: 4 }),
  cand("variant_value", "product_value", { product_variant_id: "variant_1", line_number: 5 }),
  cand("product_qty", "product_quantity", { product_id: "prod_1", line_number: 6 }),
  cand("cat_mid", "product_category_value", { product_category_id: "cat_mid", line_number: 7 }),
  cand("variant_qty", "product_quantity", { product_variant_id: "variant_1", line_number: 8 }),
]
const others: CommitmentCandidate[] = [
  cand("other_variant_qty", "product_quantity", { product_variant_id: "variant_2" }),
  cand("other_product_qty", "product_quantity", { product_id: "prod_2" }),
  cand("other_variant_same_product", "product_quantity", { product_variant_id: "variant_2", product_id: "prod_1" }),
  cand("other_variant_value", "product_value", { product_variant_id: "variant_2" }),
  cand("other_category", "product_category_value", { product_category_id: "cat_other" }),
  cand("no_category", "product_category_value", {}),
  cand("no_product", "product_value", {}),
  cand("unknown_type", "bundle" as CommitmentType, { product_id: "prod_1" }),
]
const byId = (ids: string[]) => all.filter((c) => ids.includes(c.id))
const ids = (list: CommitmentCandidate[]) => list.map((c) => c.id)

describe("rankCommitments", () => {
  it("should order every matching type by SPEC precedence and drop the rest", () => {
    expect(ids(rankCommitments(item, [...others, ...all], { date }))).toEqual([
      "variant_qty",
      "product_qty",
      "variant_value",
      "product_value",
      "cat_leaf",
      "cat_mid",
      "cat_root",
      "value",
    ])
  })

  it.each([
    [["value", "cat_root"], "cat_root"],
    [["cat_root", "cat_mid"], "cat_mid"],
    [["cat_leaf", "product_value"], "product_value"],
    [["product_value", "variant_value"], "variant_value"],
    [["variant_value", "product_qty"], "product_qty"],
    [["product_qty", "variant_qty"], "variant_qty"],
    [["value"], "value"],
  ])("should put first, among %p, %s", (subset, expected) => {
    expect(rankCommitments(item, byId(subset), { date })[0].id).toBe(expected)
  })

  it.each<[string, Partial<CommitmentCandidate>, boolean]>([
    ["a line starting after the date", { effective_date: "2025-06-15T12:00:00.001Z" }, false],
    ["a line starting exactly at the date", { effective_date: "2025-06-15T12:00:00.000Z" }, true],
    ["a line expired before the date", { expiration_date: "2025-06-15T11:59:59.999Z" }, false],
    ["a line expiring exactly at the date", { expiration_date: new Date("2025-06-15T12:00:00.000Z") }, true],
    ["a line expiring at midnight on the same day", { expiration_date: "2025-06-15" }, false],
    ["a line valid around the date", { effective_date: "2025-01-01", expiration_date: "2025-12-31" }, true],
    ["a line without own dates", { effective_date: null, expiration_date: null }, true],
    ["a line with an unparseable date", { expiration_date: "someday" }, false],
  ])("should decide validity of %s", (_, dates, included) => {
    const line = cand("dated", "value", dates)
    expect(ids(rankCommitments(item, [line], { date }))).toEqual(included ? ["dated"] : [])
  })

  it.each<[string, CommitmentCandidate[], string | null, string[]]>([
    [
      "the line's own earlier expiration before the header's",
      [cand("a", "value", { line_number: 1 }), cand("b", "value", { line_number: 2, expiration_date: "2025-09-30" })],
      "2025-12-31",
      ["b", "a"],
    ],
    [
      "the header expiration before a later own expiration",
      [cand("a", "value", { line_number: 2 }), cand("b", "value", { line_number: 1, expiration_date: "2026-03-31" })],
      "2025-12-31",
      ["a", "b"],
    ],
    [
      "no expiration at all last",
      [cand("a", "value", { line_number: 1 }), cand("b", "value", { line_number: 2, expiration_date: "2030-01-01" })],
      null,
      ["b", "a"],
    ],
    [
      "the line number on equal expirations",
      [
        cand("a", "value", { line_number: 3, expiration_date: "2025-09-30" }),
        cand("b", "value", { line_number: 2, expiration_date: new Date("2025-09-30") }),
      ],
      null,
      ["b", "a"],
    ],
    [
      "the line number when neither expires",
      [cand("a", "value", { line_number: 9 }), cand("b", "value", { line_number: 4 })],
      null,
      ["b", "a"],
    ],
    [
      "the id as a last resort",
      [cand("b", "value", { line_number: 1 }), cand("a", "value", { line_number: 1 })],
      null,
      ["a", "b"],
    ],
    [
      "the type before the expiration",
      [
        cand("v", "value", { line_number: 1, expiration_date: "2025-07-01" }),
        cand("q", "product_quantity", { line_number: 2, product_id: "prod_1" }),
      ],
      "2025-12-31",
      ["q", "v"],
    ],
    [
      "the category depth before the expiration",
      [
        cand("root", "product_category_value", { product_category_id: "cat_root", expiration_date: "2025-07-01" }),
        cand("leaf", "product_category_value", { product_category_id: "cat_leaf" }),
      ],
      "2025-12-31",
      ["leaf", "root"],
    ],
  ])("should break ties by %s", (_, candidates, headerExpiration, expected) => {
    expect(ids(rankCommitments(item, candidates, { date, header_expiration: headerExpiration }))).toEqual(expected)
  })

  it("should let categoryDepth override the item's depths", () => {
    const ranked = rankCommitments(item, byId(["cat_root", "cat_mid", "cat_leaf"]), {
      date,
      categoryDepth: { cat_root: 5, cat_unrelated: 9 },
    })
    expect(ids(ranked)).toEqual(["cat_root", "cat_leaf", "cat_mid"])
  })

  it("should not match a category the item lacks even when categoryDepth lists it", () => {
    const line = cand("x", "product_category_value", { product_category_id: "cat_x" })
    expect(rankCommitments(item, [line], { date, categoryDepth: { cat_x: 3 } })).toEqual([])
  })

  it("should use the deepest depth of a category listed twice", () => {
    const twice: SelectableItem = { ...item, categories: [...item.categories, { id: "cat_root", depth: 7 }] }
    expect(ids(rankCommitments(twice, byId(["cat_leaf", "cat_root"]), { date }))).toEqual(["cat_root", "cat_leaf"])
  })

  it("should match only value lines for an item without categories", () => {
    const bare: SelectableItem = { variant_id: "variant_9", product_id: "prod_9", categories: [] }
    expect(ids(rankCommitments(bare, all, { date }))).toEqual(["value"])
  })

  it("should not mutate the candidates array", () => {
    const input = [...all]
    rankCommitments(item, input, { date })
    expect(input).toEqual(all)
  })
})

describe("selectCommitment", () => {
  it.each<[string, ((c: CommitmentCandidate) => boolean) | undefined, string | null]>([
    ["the most specific line by default", undefined, "variant_qty"],
    ["the next line when the first is refused", (c) => c.id !== "variant_qty", "product_qty"],
    ["the first accepted category line", (c) => c.commitment_type === "product_category_value", "cat_leaf"],
    ["null when nothing is accepted", () => false, null],
  ])("should return %s", (_, accepts, expected) => {
    expect(selectCommitment(item, all, { date, accepts })?.id ?? null).toBe(expected)
  })

  it("should ask accepts in rank order and stop at the first yes", () => {
    const asked: string[] = []
    selectCommitment(item, all, {
      date,
      accepts: (c) => {
        asked.push(c.id)
        return c.id === "product_value"
      },
    })
    expect(asked).toEqual(["variant_qty", "product_qty", "variant_value", "product_value"])
  })

  it.each([
    [[] as CommitmentCandidate[]],
    [others],
  ])("should return null without a match (%#)", (candidates) => {
    expect(selectCommitment(item, candidates, { date })).toBeNull()
  })

  it.each([[0], [1], [2], [3]])("should agree with rankCommitments whatever the input order (rotation %i)", (k) => {
    const rotated = [...all.slice(k), ...all.slice(0, k)].reverse()
    const withoutTop = rotated.filter((c) => c.id !== "variant_qty")
    expect(selectCommitment(item, withoutTop, { date })).toBe(rankCommitments(item, withoutTop, { date })[0])
  })

  it("should pick the right line among many candidates", () => {
    const many: CommitmentCandidate[] = []
    for (let i = 0; i < 5000; i++) {
      many.push(cand(`v${i}`, "value", { line_number: i + 10, expiration_date: `2026-01-${String((i % 28) + 1).padStart(2, "0")}` }))
    }
    many.push(cand("best_value", "value", { line_number: 5000, expiration_date: "2025-07-01" }))
    expect(selectCommitment(item, many, { date })?.id).toBe("best_value")
  })
})
