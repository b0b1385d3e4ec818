import { Operator } from "json-rules-engine"
import { isDecimalLike, toDecimal } from "../money/decimal"

type DecimalFactValue = string | number | null | undefined

/** Builds an operator comparing two decimals exactly; false when either side is not a finite decimal (null included). */
function decimalOperator(name: string, compare: (sign: number) => boolean): Operator<DecimalFactValue, DecimalFactValue> {
  return new Operator<DecimalFactValue, DecimalFactValue>(
    name,
    (factValue, jsonValue) => {
      if (!isDecimalLike(jsonValue)) {
        return false
      }
      const sign = toDecimal(factValue as string | number).comparedTo(toDecimal(jsonValue))
      return sign !== null && compare(sign)
    },
    (factValue) => isDecimalLike(factValue)
  )
}

/** fact > value, exact decimal comparison */
export const decimalGreaterThan = decimalOperator("decimalGreaterThan", (s) => s > 0)
/** fact >= value, exact decimal comparison */
export const decimalGreaterThanInclusive = decimalOperator("decimalGreaterThanInclusive", (s) => s >= 0)
/** fact < value, exact decimal comparison */
export const decimalLessThan = decimalOperator("decimalLessThan", (s) => s < 0)
/** fact <= value, exact decimal comparison */
export const decimalLessThanInclusive = decimalOperator("decimalLessThanInclusive", (s) => s <= 0)
/** fact = value as numbers ("10.0" equals "10"), exact decimal comparison */
export const decimalEqual = decimalOperator("decimalEqual", (s) => s === 0)

/** Our operators, registered on every policy engine. */
export const POLICY_CUSTOM_OPERATORS: readonly Operator<DecimalFactValue, DecimalFactValue>[] = Object.freeze([
  decimalGreaterThan,
  decimalGreaterThanInclusive,
  decimalLessThan,
  decimalLessThanInclusive,
  decimalEqual,
])

export const DECIMAL_OPERATOR_NAMES = [
  "decimalGreaterThan",
  "decimalGreaterThanInclusive",
  "decimalLessThan",
  "decimalLessThanInclusive",
  "decimalEqual",
] as const

/** json-rules-engine's built-in operators (decorators such as `not:` are not offered). */
export const STANDARD_OPERATOR_NAMES = [
  "equal",
  "notEqual",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
] as const

/** Every operator a policy rule may use. */
export const POLICY_OPERATORS = [...STANDARD_OPERATOR_NAMES, ...DECIMAL_OPERATOR_NAMES] as const
export type PolicyOperatorName = (typeof POLICY_OPERATORS)[number]
