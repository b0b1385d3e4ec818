import type { CommitmentCandidate, SelectableItem } from "../types"
import { type DateInput, isMissing, toTimestamp } from "../dates/parse-date"

/** Options of rankCommitments. */
export interface RankCommitmentsOptions {
  /** the date the line must be valid at (requested ship date) */
  date: Date
  /** the header's expiration, used to break ties for lines without their own */
  header_expiration?: DateInput | null
  /** depth overrides by category id; by default the depth comes from item.categories */
  categoryDepth?: Record<string, number>
  /** rank by specificity only, leaving validity to the caller (the policy decides it) */
  ignoreValidity?: boolean
}

/** Options of selectCommitment. */
export interface SelectCommitmentOptions<T extends CommitmentCandidate> extends RankCommitmentsOptions {
  /** a policy check; the first ranked candidate it accepts wins (default: accept all) */
  accepts?: (candidate: T) => boolean
}

const RANK_VARIANT_QUANTITY = 0
const RANK_PRODUCT_QUANTITY = 1
const RANK_VARIANT_VALUE = 2
const RANK_PRODUCT_VALUE = 3
const RANK_CATEGORY_VALUE = 4
const RANK_VALUE = 5
const NO_MATCH = -1

interface Ranked<T> {
  candidate: T
  rank: number
  depth: number
  expiration: number
}

function productRank(c: CommitmentCandidate, item: SelectableItem, byVariant: number, byProduct: number): number {
  if (!isMissing(c.product_variant_id)) {
    return c.product_variant_id === item.variant_id ? byVariant : NO_MATCH
  }
  return !isMissing(c.product_id) && c.product_id === item.product_id ? byProduct : NO_MATCH
}

function rankOf(c: CommitmentCandidate, item: SelectableItem): number {
  switch (c.commitment_type) {
    case "product_quantity":
      return productRank(c, item, RANK_VARIANT_QUANTITY, RANK_PRODUCT_QUANTITY)
    case "product_value":
      return productRank(c, item, RANK_VARIANT_VALUE, RANK_PRODUCT_VALUE)
    case "product_category_value":
      return RANK_CATEGORY_VALUE
    case "value":
      return RANK_VALUE
    default:
      return NO_MATCH
  }
}

/** Depth by id of every category of the item (deepest when listed twice), with the caller's overrides. */
function buildCategoryDepths(item: SelectableItem, overrides?: Record<string, number>): Map<string, number> {
  const depths = new Map<string, number>()
  for (const category of item.categories ?? []) {
    const known = depths.get(category.id)
    if (known === undefined || category.depth > known) {
      depths.set(category.id, category.depth)
    }
  }
  if (overrides) {
    for (const id of depths.keys()) {
      if (Object.prototype.hasOwnProperty.call(overrides, id)) {
        depths.set(id, overrides[id])
      }
    }
  }
  return depths
}

/** Inclusive validity at `at`; a bound that is set but unparseable makes the line invalid. */
function isValidAt(c: CommitmentCandidate, at: number): boolean {
  if (!isMissing(c.effective_date)) {
    const effective = toTimestamp(c.effective_date)
    if (!(effective <= at)) {
      return false
    }
  }
  if (!isMissing(c.expiration_date)) {
    const expiration = toTimestamp(c.expiration_date)
    if (!(at <= expiration)) {
      return false
    }
  }
  return true
}

function compareRanked<T extends CommitmentCandidate>(a: Ranked<T>, b: Ranked<T>): number {
  return (
    a.rank - b.rank ||
    b.depth - a.depth ||
    a.expiration - b.expiration ||
    a.candidate.line_number - b.candidate.line_number ||
    (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0)
  )
}

function collectRanked<T extends CommitmentCandidate>(item: SelectableItem, candidates: T[], opts: RankCommitmentsOptions): Ranked<T>[] {
  const at = opts.date.getTime()
  const headerExpiration = isMissing(opts.header_expiration) ? NaN : toTimestamp(opts.header_expiration)
  const fallbackExpiration = Number.isNaN(headerExpiration) ? Number.POSITIVE_INFINITY : headerExpiration
  const ranked: Ranked<T>[] = []
  let categoryDepths: Map<string, number> | undefined

  for (const candidate of candidates) {
    const rank = rankOf(candidate, item)
    if (rank === NO_MATCH) {
      continue
    }
    let depth = 0
    if (rank === RANK_CATEGORY_VALUE) {
      categoryDepths ??= buildCategoryDepths(item, opts.categoryDepth)
      const found = isMissing(candidate.product_category_id) ? undefined : categoryDepths.get(candidate.product_category_id)
      if (found === undefined) {
        continue
      }
      depth = found
    }
    if (!opts.ignoreValidity && !isValidAt(candidate, at)) {
      continue
    }
    const own = isMissing(candidate.expiration_date) ? NaN : toTimestamp(candidate.expiration_date)
    ranked.push({ candidate, rank, depth, expiration: Number.isNaN(own) ? fallbackExpiration : own })
  }
  return ranked
}

/**
 * The commitments that match the item and are valid at `opts.date`, most specific first (SPEC §3):
 * variant quantity, product quantity, variant value, product value, category value (deepest first), value;
 * ties by earliest expiration (line's own, else the header's, none last), then line number.
 */
export function rankCommitments<T extends CommitmentCandidate>(item: SelectableItem, candidates: T[], opts: RankCommitmentsOptions): T[] {
  const ranked = collectRanked(item, candidates, opts)
  ranked.sort(compareRanked)
  return ranked.map((r) => r.candidate)
}

/**
 * The first ranked commitment that `opts.accepts` accepts, or null when none does
 * (the line then keeps its trade price).
 */
export function selectCommitment<T extends CommitmentCandidate>(
  item: SelectableItem,
  candidates: T[],
  opts: SelectCommitmentOptions<T>
): T | null {
  const ranked = collectRanked(item, candidates, opts)
  if (!opts.accepts) {
    let best: Ranked<T> | null = null
    for (const r of ranked) {
      if (best === null || compareRanked(r, best) < 0) {
        best = r
      }
    }
    return best?.candidate ?? null
  }
  ranked.sort(compareRanked)
  for (const r of ranked) {
    if (opts.accepts(r.candidate)) {
      return r.candidate
    }
  }
  return null
}
