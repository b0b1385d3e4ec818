import type BigNumber from "bignumber.js"
import { AGREEMENT_STATUSES, COMMITMENT_TYPES } from "../types"
import type { AgreementReadStatus, AgreementStatus, CommitmentType, DecimalInput } from "../types"
import { type DateInput, isMissing, toTimestamp } from "../dates/parse-date"
import { decimalToString, toDecimal } from "../money/decimal"

/** Where the policy is evaluated; the same rules run everywhere. */
export const POLICY_CONTEXTS = [
  "add_to_cart",
  "cart_update",
  "checkout",
  "admin_order_change",
  "return",
  "preview",
] as const
export type PolicyContext = (typeof POLICY_CONTEXTS)[number]

/** Which balance a commitment consumes: quantity commitments count units, the others count money. */
export const BALANCE_BASES = ["quantity", "amount"] as const
export type BalanceBasis = (typeof BALANCE_BASES)[number]

/** One cart/order line against one candidate commitment, as gathered by the caller (no I/O here). */
export interface PolicyInput {
  context: PolicyContext
  /**
   * The evaluation moment. When given, an effective agreement strictly past its expiration
   * at `now` reads as expired (not effective); it is also the ship date when none is requested.
   */
  now?: DateInput | null
  agreement: {
    id: string
    status: AgreementStatus
    currency_code: string
    effective_date: DateInput | null
    expiration_date: DateInput | null
  }
  /** the cart, or the order for admin changes and returns */
  order: {
    currency_code: string
    /** defaults to `now` (the day the order is placed) */
    requested_ship_date?: DateInput | null
    customer_id?: string | null
  }
  commitment: {
    id: string
    line_number: number
    commitment_type: CommitmentType
    max_enforced: boolean
    price_fixed: boolean
    min_release_amount?: DecimalInput | null
    max_release_amount?: DecimalInput | null
    /** committed quantity (quantity commitments) */
    quantity?: DecimalInput | null
    /** committed amount (value commitments) */
    amount?: DecimalInput | null
    /** the line's own validity; the header's applies where absent */
    effective_date?: DateInput | null
    expiration_date?: DateInput | null
  }
  /**
   * Consumption by other orders, as in the ledger. For a line already in the ledger (admin
   * change, return) leave its own entries out so it is not counted twice.
   */
  balance: {
    ordered_quantity: DecimalInput
    ordered_amount: DecimalInput
    returned_quantity: DecimalInput
    returned_amount: DecimalInput
  }
  line: {
    quantity: DecimalInput
    trade_unit_price: DecimalInput
    agreement_unit_price: DecimalInput
    /** an admin set a unit price different from the agreement price */
    price_overridden: boolean
  }
}

/**
 * Flat, precomputed facts of one evaluation. Decimals are plain decimal strings compared with
 * the `decimal*` operators; each has a `*_number` mirror for the standard numeric operators.
 * Every fact is always present (null when unknown).
 */
export interface PolicyFacts {
  context: PolicyContext
  agreement_id: string
  agreement_status: AgreementStatus
  /** the status users see: "expired" for an effective agreement past its expiration at `now` */
  agreement_read_status: AgreementReadStatus
  /** status effective and not past its expiration at `now` */
  agreement_effective: boolean
  agreement_currency_code: string
  order_currency_code: string
  currency_matches: boolean
  customer_id: string | null
  /** ISO-8601, or null when neither a requested ship date nor `now` is known */
  requested_ship_date: string | null
  ship_date_in_agreement_validity: boolean
  ship_date_in_commitment_validity: boolean
  commitment_id: string
  commitment_line_number: number
  commitment_type: CommitmentType
  max_enforced: boolean
  price_fixed: boolean
  price_overridden: boolean
  committed_quantity: string | null
  committed_amount: string | null
  ordered_quantity: string
  ordered_amount: string
  returned_quantity: string
  returned_amount: string
  /** ordered − returned */
  consumed_quantity: string
  consumed_amount: string
  /** committed − consumed; may be negative; null without a committed figure */
  remaining_quantity: string | null
  remaining_amount: string | null
  balance_basis: BalanceBasis
  /** "units" for quantity commitments, the agreement currency (upper case) otherwise */
  balance_unit: string
  /** remaining_quantity or remaining_amount, per balance_basis */
  remaining_balance: string | null
  /** line_quantity or line_amount, per balance_basis */
  line_consumption: string
  /** remaining_balance − line_consumption */
  remaining_balance_after: string | null
  line_quantity: string
  trade_unit_price: string
  agreement_unit_price: string
  /** agreement_unit_price × line_quantity */
  line_amount: string
  /** trade_unit_price × line_quantity */
  line_trade_amount: string
  /** line_consumption > remaining_balance (exact); false without a committed figure */
  exceeds_max: boolean
  min_release_amount: string | null
  max_release_amount: string | null
  /** line_amount < min_release_amount */
  below_min_release: boolean
  /** line_amount > max_release_amount */
  above_max_release: boolean
  committed_quantity_number: number | null
  committed_amount_number: number | null
  ordered_quantity_number: number | null
  ordered_amount_number: number | null
  returned_quantity_number: number | null
  returned_amount_number: number | null
  consumed_quantity_number: number | null
  consumed_amount_number: number | null
  remaining_quantity_number: number | null
  remaining_amount_number: number | null
  remaining_balance_number: number | null
  line_consumption_number: number | null
  remaining_balance_after_number: number | null
  line_quantity_number: number | null
  trade_unit_price_number: number | null
  agreement_unit_price_number: number | null
  line_amount_number: number | null
  line_trade_amount_number: number | null
  min_release_amount_number: number | null
  max_release_amount_number: number | null
}

export type PolicyFactName = keyof PolicyFacts


/** The value type of a fact, as the rule schema checks operators and values against it. */
export type PolicyFactKind =
  | { type: "boolean" }
  | { type: "string"; nullable: boolean }
  | { type: "enum"; values: readonly string[] }
  | { type: "decimal"; nullable: boolean }
  | { type: "number"; nullable: boolean }

const bool = { type: "boolean" } as const
const str = { type: "string", nullable: false } as const
const strOrNull = { type: "string", nullable: true } as const
const dec = { type: "decimal", nullable: false } as const
const decOrNull = { type: "decimal", nullable: true } as const
const num = { type: "number", nullable: false } as const
const numOrNull = { type: "number", nullable: true } as const
const oneOf = (values: readonly string[]) => ({ type: "enum", values }) as const

/** Every fact with its kind; the single source of POLICY_FACT_NAMES. */
export const POLICY_FACT_KINDS: Readonly<Record<PolicyFactName, PolicyFactKind>> = Object.freeze({
  context: oneOf(POLICY_CONTEXTS),
  agreement_id: str,
  agreement_status: oneOf(AGREEMENT_STATUSES),
  agreement_read_status: oneOf([...AGREEMENT_STATUSES, "expired"]),
  agreement_effective: bool,
  agreement_currency_code: str,
  order_currency_code: str,
  currency_matches: bool,
  customer_id: strOrNull,
  requested_ship_date: strOrNull,
  ship_date_in_agreement_validity: bool,
  ship_date_in_commitment_validity: bool,
  commitment_id: str,
  commitment_line_number: num,
  commitment_type: oneOf(COMMITMENT_TYPES),
  max_enforced: bool,
  price_fixed: bool,
  price_overridden: bool,
  committed_quantity: decOrNull,
  committed_amount: decOrNull,
  ordered_quantity: dec,
  ordered_amount: dec,
  returned_quantity: dec,
  returned_amount: dec,
  consumed_quantity: dec,
  consumed_amount: dec,
  remaining_quantity: decOrNull,
  remaining_amount: decOrNull,
  balance_basis: oneOf(BALANCE_BASES),
  balance_unit: str,
  remaining_balance: decOrNull,
  line_consumption: dec,
  remaining_balance_after: decOrNull,
  line_quantity: dec,
  trade_unit_price: dec,
  agreement_unit_price: dec,
  line_amount: dec,
  line_trade_amount: dec,
  exceeds_max: bool,
  min_release_amount: decOrNull,
  max_release_amount: decOrNull,
  below_min_release: bool,
  above_max_release: bool,
  committed_quantity_number: numOrNull,
  committed_amount_number: numOrNull,
  ordered_quantity_number: numOrNull,
  ordered_amount_number: numOrNull,
  returned_quantity_number: numOrNull,
  returned_amount_number: numOrNull,
  consumed_quantity_number: numOrNull,
  consumed_amount_number: numOrNull,
  remaining_quantity_number: numOrNull,
  remaining_amount_number: numOrNull,
  remaining_balance_number: numOrNull,
  line_consumption_number: numOrNull,
  remaining_balance_after_number: numOrNull,
  line_quantity_number: numOrNull,
  trade_unit_price_number: numOrNull,
  agreement_unit_price_number: numOrNull,
  line_amount_number: numOrNull,
  line_trade_amount_number: numOrNull,
  min_release_amount_number: numOrNull,
  max_release_amount_number: numOrNull,
})

/** Every fact a rule may name. */
export const POLICY_FACT_NAMES: readonly PolicyFactName[] = Object.freeze(Object.keys(POLICY_FACT_KINDS) as PolicyFactName[])

/** True when `name` is a policy fact. */
export function isPolicyFactName(name: unknown): name is PolicyFactName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(POLICY_FACT_KINDS, name)
}

function optionalDecimal(x: DecimalInput | null | undefined): BigNumber | null {
  return isMissing(x) ? null : toDecimal(x)
}

function toPlain(x: BigNumber | null): string | null {
  return x === null ? null : decimalToString(x)
}

function mirror(x: string | null): number | null {
  return x === null ? null : Number(x)
}

/** Inclusive [from, to] at `at`; a missing or unparseable bound (or date) is outside. */
function within(at: number, from: DateInput | null | undefined, to: DateInput | null | undefined): boolean {
  return toTimestamp(from) <= at && at <= toTimestamp(to)
}

function orFallback<T>(own: T | null | undefined, fallback: T | null | undefined): T | null | undefined {
  return isMissing(own) ? fallback : own
}

function normalizeCurrency(code: string | null | undefined): string {
  return typeof code === "string" ? code.trim().toLowerCase() : ""
}

/**
 * Precomputes the flat facts of one line against one commitment (pure; exact decimals).
 * Throws InvalidDecimalError on a decimal input that is not a finite decimal.
 */
export function buildPolicyFacts(input: PolicyInput): PolicyFacts {
  const { agreement, order, commitment, balance, line } = input

  const now = isMissing(input.now) ? NaN : toTimestamp(input.now)
  const shipDate = isMissing(order.requested_ship_date) ? now : toTimestamp(order.requested_ship_date)
  const shipKnown = !Number.isNaN(shipDate)

  const expired = agreement.status === "effective" && now > toTimestamp(agreement.expiration_date)
  const agreementCurrency = normalizeCurrency(agreement.currency_code)
  const orderCurrency = normalizeCurrency(order.currency_code)

  const committedQuantity = optionalDecimal(commitment.quantity)
  const committedAmount = optionalDecimal(commitment.amount)
  const consumedQuantity = toDecimal(balance.ordered_quantity).minus(toDecimal(balance.returned_quantity))
  const consumedAmount = toDecimal(balance.ordered_amount).minus(toDecimal(balance.returned_amount))
  const remainingQuantity = committedQuantity === null ? null : committedQuantity.minus(consumedQuantity)
  const remainingAmount = committedAmount === null ? null : committedAmount.minus(consumedAmount)

  const lineQuantity = toDecimal(line.quantity)
  const tradeUnitPrice = toDecimal(line.trade_unit_price)
  const agreementUnitPrice = toDecimal(line.agreement_unit_price)
  const lineAmount = agreementUnitPrice.times(lineQuantity)

  const basis: BalanceBasis = commitment.commitment_type === "product_quantity" ? "quantity" : "amount"
  const remaining = basis === "quantity" ? remainingQuantity : remainingAmount
  const consumption = basis === "quantity" ? lineQuantity : lineAmount

  const minRelease = optionalDecimal(commitment.min_release_amount)
  const maxRelease = optionalDecimal(commitment.max_release_amount)

  const committed_quantity = toPlain(committedQuantity)
  const committed_amount = toPlain(committedAmount)
  const ordered_quantity = decimalToString(balance.ordered_quantity)
  const ordered_amount = decimalToString(balance.ordered_amount)
  const returned_quantity = decimalToString(balance.returned_quantity)
  const returned_amount = decimalToString(balance.returned_amount)
  const consumed_quantity = decimalToString(consumedQuantity)
  const consumed_amount = decimalToString(consumedAmount)
  const remaining_quantity = toPlain(remainingQuantity)
  const remaining_amount = toPlain(remainingAmount)
  const remaining_balance = toPlain(remaining)
  const line_consumption = decimalToString(consumption)
  const remaining_balance_after = remaining === null ? null : decimalToString(remaining.minus(consumption))
  const line_quantity = decimalToString(lineQuantity)
  const trade_unit_price = decimalToString(tradeUnitPrice)
  const agreement_unit_price = decimalToString(agreementUnitPrice)
  const line_amount = decimalToString(lineAmount)
  const line_trade_amount = decimalToString(tradeUnitPrice.times(lineQuantity))
  const min_release_amount = toPlain(minRelease)
  const max_release_amount = toPlain(maxRelease)

  // One literal: adding properties to a spread copy is several times slower for ~60 keys.
  return {
    context: input.context,
    agreement_id: agreement.id,
    agreement_status: agreement.status,
    agreement_read_status: expired ? "expired" : agreement.status,
    agreement_effective: agreement.status === "effective" && !expired,
    agreement_currency_code: agreementCurrency,
    order_currency_code: orderCurrency,
    currency_matches: agreementCurrency !== "" && agreementCurrency === orderCurrency,
    customer_id: order.customer_id ?? null,
    requested_ship_date: shipKnown ? new Date(shipDate).toISOString() : null,
    ship_date_in_agreement_validity: shipKnown && within(shipDate, agreement.effective_date, agreement.expiration_date),
    ship_date_in_commitment_validity:
      shipKnown &&
      within(
        shipDate,
        orFallback(commitment.effective_date, agreement.effective_date),
        orFallback(commitment.expiration_date, agreement.expiration_date)
      ),
    commitment_id: commitment.id,
    commitment_line_number: commitment.line_number,
    commitment_type: commitment.commitment_type,
    max_enforced: commitment.max_enforced === true,
    price_fixed: commitment.price_fixed === true,
    price_overridden: line.price_overridden === true,
    committed_quantity,
    committed_amount,
    ordered_quantity,
    ordered_amount,
    returned_quantity,
    returned_amount,
    consumed_quantity,
    consumed_amount,
    remaining_quantity,
    remaining_amount,
    balance_basis: basis,
    balance_unit: basis === "quantity" ? "units" : agreementCurrency.toUpperCase(),
    remaining_balance,
    line_consumption,
    remaining_balance_after,
    line_quantity,
    trade_unit_price,
    agreement_unit_price,
    line_amount,
    line_trade_amount,
    exceeds_max: remaining !== null && consumption.isGreaterThan(remaining),
    min_release_amount,
    max_release_amount,
    below_min_release: minRelease !== null && lineAmount.isLessThan(minRelease),
    above_max_release: maxRelease !== null && lineAmount.isGreaterThan(maxRelease),
    committed_quantity_number: mirror(committed_quantity),
    committed_amount_number: mirror(committed_amount),
    ordered_quantity_number: mirror(ordered_quantity),
    ordered_amount_number: mirror(ordered_amount),
    returned_quantity_number: mirror(returned_quantity),
    returned_amount_number: mirror(returned_amount),
    consumed_quantity_number: mirror(consumed_quantity),
    consumed_amount_number: mirror(consumed_amount),
    remaining_quantity_number: mirror(remaining_quantity),
    remaining_amount_number: mirror(remaining_amount),
    remaining_balance_number: mirror(remaining_balance),
    line_consumption_number: mirror(line_consumption),
    remaining_balance_after_number: mirror(remaining_balance_after),
    line_quantity_number: mirror(line_quantity),
    trade_unit_price_number: mirror(trade_unit_price),
    agreement_unit_price_number: mirror(agreement_unit_price),
    line_amount_number: mirror(line_amount),
    line_trade_amount_number: mirror(line_trade_amount),
    min_release_amount_number: mirror(min_release_amount),
    max_release_amount_number: mirror(max_release_amount),
  }
}
