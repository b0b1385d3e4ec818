import {
  COMMITMENT_TYPES,
  type CommitmentInput,
  type CommitmentType,
  type FieldError,
  type ValidityWindow,
} from "../types"
import { isMissing, toTimestamp } from "../dates/parse-date"
import { isDecimalLike, toDecimal } from "../money/decimal"

type CommitmentField = keyof CommitmentInput

interface TypeRule {
  /** amount or quantity: must be present and > 0 */
  committed: "amount" | "quantity"
  /** exactly one of product_variant_id / product_id */
  productRef: boolean
  requiresCategory: boolean
  forbidden: CommitmentField[]
}

const PRICE_TERMS_OF_QUANTITY: CommitmentField[] = [
  "quantity",
  "unit_label",
  "unit_price",
  "price_unit",
  "discount_amount",
]

const TYPE_RULES: Record<CommitmentType, TypeRule> = {
  product_quantity: {
    committed: "quantity",
    productRef: true,
    requiresCategory: false,
    forbidden: ["amount", "product_category_id"],
  },
  product_value: {
    committed: "amount",
    productRef: true,
    requiresCategory: false,
    forbidden: [...PRICE_TERMS_OF_QUANTITY, "product_category_id"],
  },
  product_category_value: {
    committed: "amount",
    productRef: false,
    requiresCategory: true,
    forbidden: ["product_variant_id", "product_id", ...PRICE_TERMS_OF_QUANTITY],
  },
  value: {
    committed: "amount",
    productRef: false,
    requiresCategory: false,
    forbidden: [
      "product_variant_id",
      "product_id",
      "product_category_id",
      ...PRICE_TERMS_OF_QUANTITY,
    ],
  },
}

type Bound = "positive" | "non_negative" | "percent"

class FieldErrors {
  readonly list: FieldError[] = []

  constructor(private readonly prefix: string) {}

  add(field: string, message: string): void {
    this.list.push({ field: this.prefix + field, message })
  }
}

function checkDecimal(errors: FieldErrors, input: Record<string, unknown>, field: string, bound: Bound): void {
  const raw = input[field]
  if (isMissing(raw)) {
    return
  }
  if (!isDecimalLike(raw)) {
    errors.add(field, `"${field}" must be a number`)
    return
  }
  const value = toDecimal(raw)
  if (bound === "positive" && !value.isGreaterThan(0)) {
    errors.add(field, `"${field}" must be greater than 0`)
  } else if (bound === "non_negative" && value.isLessThan(0)) {
    errors.add(field, `"${field}" must be greater than or equal to 0`)
  } else if (bound === "percent" && (value.isLessThan(0) || value.isGreaterThan(100))) {
    errors.add(field, `"${field}" must be between 0 and 100`)
  }
}

function checkId(errors: FieldErrors, input: Record<string, unknown>, field: string): void {
  const raw = input[field]
  if (!isMissing(raw) && (typeof raw !== "string" || raw.trim() === "")) {
    errors.add(field, `"${field}" must be a non-empty string`)
  }
}

/** Timestamp of an optional date field; NaN and an error when present but unparseable. */
function readDate(errors: FieldErrors, input: Record<string, unknown>, field: string): number {
  const raw = input[field]
  if (isMissing(raw)) {
    return NaN
  }
  const ts = toTimestamp(raw)
  if (Number.isNaN(ts)) {
    errors.add(field, `"${field}" must be a valid date`)
  }
  return ts
}

function checkTypeRules(errors: FieldErrors, input: Record<string, unknown>, type: CommitmentType): void {
  const rule = TYPE_RULES[type]
  for (const field of rule.forbidden) {
    if (!isMissing(input[field])) {
      errors.add(field, `"${field}" is not allowed on a ${type} commitment`)
    }
  }

  if (isMissing(input[rule.committed])) {
    errors.add(rule.committed, `"${rule.committed}" is required on a ${type} commitment`)
  } else {
    checkDecimal(errors, input, rule.committed, "positive")
  }

  if (rule.productRef) {
    const hasVariant = !isMissing(input.product_variant_id)
    const hasProduct = !isMissing(input.product_id)
    if (hasVariant === hasProduct) {
      errors.add(
        "product_variant_id",
        `exactly one of "product_variant_id" or "product_id" is required on a ${type} commitment`
      )
    }
    checkId(errors, input, "product_variant_id")
    checkId(errors, input, "product_id")
  }

  if (rule.requiresCategory) {
    if (isMissing(input.product_category_id)) {
      errors.add("product_category_id", `"product_category_id" is required on a ${type} commitment`)
    } else {
      checkId(errors, input, "product_category_id")
    }
  }

  if (type === "product_quantity") {
    if (!isMissing(input.unit_label) && typeof input.unit_label !== "string") {
      errors.add("unit_label", `"unit_label" must be a string`)
    }
    checkDecimal(errors, input, "unit_price", "non_negative")
    checkDecimal(errors, input, "price_unit", "positive")
    checkDecimal(errors, input, "discount_amount", "non_negative")
    if (isMissing(input.unit_price)) {
      for (const field of ["price_unit", "discount_amount"]) {
        if (!isMissing(input[field])) {
          errors.add(field, `"${field}" requires unit_price`)
        }
      }
    }
  }
  checkDecimal(errors, input, "discount_percent", "percent")
}

function checkPolicies(errors: FieldErrors, input: Record<string, unknown>): void {
  for (const field of ["max_enforced", "price_fixed"]) {
    if (!isMissing(input[field]) && typeof input[field] !== "boolean") {
      errors.add(field, `"${field}" must be a boolean`)
    }
  }
  checkDecimal(errors, input, "min_release_amount", "non_negative")
  checkDecimal(errors, input, "max_release_amount", "non_negative")
  const min = input.min_release_amount
  const max = input.max_release_amount
  if (isDecimalLike(min) && isDecimalLike(max) && toDecimal(max).isLessThan(toDecimal(min))) {
    errors.add("max_release_amount", `"max_release_amount" must not be less than "min_release_amount"`)
  }
}

function checkLineWindow(errors: FieldErrors, input: Record<string, unknown>, header: ValidityWindow): void {
  const effective = readDate(errors, input, "effective_date")
  const expiration = readDate(errors, input, "expiration_date")
  if (effective > expiration) {
    errors.add("expiration_date", `"expiration_date" must not be before "effective_date"`)
  }

  const headerEffective = toTimestamp(header?.effective_date)
  const headerExpiration = toTimestamp(header?.expiration_date)
  if (Number.isNaN(headerEffective) || Number.isNaN(headerExpiration)) {
    return
  }
  const window = `${new Date(headerEffective).toISOString()} to ${new Date(headerExpiration).toISOString()}`
  for (const [field, ts] of [
    ["effective_date", effective],
    ["expiration_date", expiration],
  ] as const) {
    if (ts < headerEffective || ts > headerExpiration) {
      errors.add(field, `"${field}" must be within the agreement validity (${window})`)
    }
  }
}

/**
 * Checks one commitment against the rules of its type and the header's validity window.
 * Returns every problem found (empty when valid); field names carry `opts.fieldPrefix`.
 */
export function validateCommitment(
  input: CommitmentInput,
  header: ValidityWindow,
  opts: { fieldPrefix?: string } = {}
): FieldError[] {
  const errors = new FieldErrors(opts.fieldPrefix ?? "")
  const fields = (input ?? {}) as unknown as Record<string, unknown>
  const type = fields.commitment_type

  if ((COMMITMENT_TYPES as readonly unknown[]).includes(type)) {
    checkTypeRules(errors, fields, type as CommitmentType)
  } else {
    errors.add("commitment_type", `"commitment_type" must be one of ${COMMITMENT_TYPES.join(", ")}`)
  }
  checkPolicies(errors, fields)
  checkLineWindow(errors, fields, header)
  return errors.list
}

/**
 * Checks an agreement (or line) validity window: both dates valid, expiration not before effective.
 * `prefix` is prepended to the field names, e.g. "lines.0.".
 */
export function validateValidityWindow(w: ValidityWindow, prefix = ""): FieldError[] {
  const errors = new FieldErrors(prefix)
  const input = (w ?? {}) as unknown as Record<string, unknown>
  for (const field of ["effective_date", "expiration_date"]) {
    if (isMissing(input[field])) {
      errors.add(field, `"${field}" is required`)
    }
  }
  const effective = readDate(errors, input, "effective_date")
  const expiration = readDate(errors, input, "expiration_date")
  if (expiration < effective) {
    errors.add("expiration_date", `"expiration_date" must not be before "effective_date"`)
  }
  return errors.list
}
