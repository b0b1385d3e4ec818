import { z } from "@medusajs/framework/zod"
import type { TopLevelCondition } from "json-rules-engine"
import { isDecimalLike } from "../money/decimal"
import { POLICY_CONDITION_NAMES } from "./conditions"
import { POLICY_FACT_KINDS, POLICY_FACT_NAMES, type PolicyFactKind, isPolicyFactName } from "./facts"
import { DECIMAL_OPERATOR_NAMES, POLICY_OPERATORS } from "./operators"
import { trustPolicyRules } from "./trusted-rules"
import { POLICY_DECISIONS, POLICY_SEVERITIES, type PolicyRule } from "./types"

/** Bounds that keep one evaluation cheap. */
export const POLICY_RULE_LIMITS = Object.freeze({
  /** nested all/any/not levels in one rule */
  maxDepth: 5,
  /** leaf conditions and condition references in one rule */
  maxConditions: 50,
  /** rules in one set */
  maxRules: 100,
  /** items of an in/notIn list */
  maxListItems: 100,
  maxMessageLength: 500,
  maxNameLength: 64,
})

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const CODE = /^[a-z][a-z0-9_]*$/
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

type Path = (string | number)[]
type Report = (path: Path, message: string) => void

const quoted = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ")

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

/** ` (did you mean "x"?)` for a near miss, else "". */
function suggestion(name: string, known: readonly string[]): string {
  let best = ""
  let bestDistance = 4
  for (const candidate of known) {
    const d = editDistance(name, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best ? ` (did you mean "${best}"?)` : ""
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x)
}

function describe(x: unknown): string {
  if (x === undefined) {
    return "nothing"
  }
  if (x === null) {
    return "null"
  }
  if (Array.isArray(x)) {
    return "a list"
  }
  return typeof x === "object" ? "an object" : `${typeof x} ${JSON.stringify(x)}`
}

function checkKeys(node: Record<string, unknown>, allowed: readonly string[], path: Path, report: Report): void {
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) {
      report([...path, key], `unknown property "${key}" (allowed: ${quoted(allowed)})`)
    }
  }
}

function checkNodeMeta(node: Record<string, unknown>, path: Path, report: Report): void {
  if ("name" in node && (typeof node.name !== "string" || node.name.length > POLICY_RULE_LIMITS.maxNameLength)) {
    report([...path, "name"], `must be a string of at most ${POLICY_RULE_LIMITS.maxNameLength} characters`)
  }
  if ("priority" in node && !(Number.isInteger(node.priority) && (node.priority as number) >= 1 && (node.priority as number) <= 100)) {
    report([...path, "priority"], "must be an integer from 1 to 100")
  }
}

type ValueFamily = "boolean" | "string" | "number" | "decimal"

function familyOf(kind: PolicyFactKind): ValueFamily {
  return kind.type === "enum" ? "string" : kind.type
}

function nullable(kind: PolicyFactKind): boolean {
  return "nullable" in kind && kind.nullable
}

/** Checks one scalar compared with equal/notEqual/in/notIn against the fact's kind; returns an error or null. */
function scalarError(fact: string, kind: PolicyFactKind, value: unknown): string | null {
  if (value === null) {
    return nullable(kind) ? null : `fact "${fact}" is never null`
  }
  switch (kind.type) {
    case "boolean":
      return typeof value === "boolean" ? null : `must be true or false (fact "${fact}" is a boolean), got ${describe(value)}`
    case "enum":
      return typeof value === "string" && kind.values.includes(value)
        ? null
        : `${describe(value)} is not a value of fact "${fact}" (expected one of ${quoted(kind.values)})`
    case "string":
      return typeof value === "string" ? null : `must be a string (fact "${fact}" is a string), got ${describe(value)}`
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? null : `must be a number (fact "${fact}" is a number), got ${describe(value)}`
    default:
      return `fact "${fact}" is a decimal string; compare it with "decimalEqual"`
  }
}

/** The fact a `{ fact }` value refers to, reporting a bad reference; undefined when it is not a reference. */
function referencedFact(value: unknown, path: Path, report: Report): { name: string; kind: PolicyFactKind } | null | undefined {
  if (!isPlainObject(value) || !("fact" in value)) {
    return undefined
  }
  checkKeys(value, ["fact"], path, report)
  if (!isPolicyFactName(value.fact)) {
    report([...path, "fact"], `unknown fact ${JSON.stringify(value.fact)}${suggestion(String(value.fact), POLICY_FACT_NAMES)}`)
    return null
  }
  return { name: value.fact, kind: POLICY_FACT_KINDS[value.fact] }
}

function checkLeafValue(fact: string, kind: PolicyFactKind, operator: string, value: unknown, path: Path, report: Report): void {
  const family = familyOf(kind)
  const ref = referencedFact(value, path, report)
  if (ref === null) {
    return
  }

  if (operator === "contains" || operator === "doesNotContain") {
    report(path.slice(0, -1).concat("operator"), `operator "${operator}" needs a list fact; policy facts are single values (use "in"/"notIn")`)
    return
  }

  if ((DECIMAL_OPERATOR_NAMES as readonly string[]).includes(operator)) {
    if (family !== "decimal" && family !== "number") {
      report(path.slice(0, -1).concat("operator"), `operator "${operator}" needs a decimal or number fact; "${fact}" is a ${family}`)
    } else if (ref ? !["decimal", "number"].includes(familyOf(ref.kind)) : !(isDecimalLike(value) && value !== "")) {
      report(path, ref ? `fact "${ref.name}" is not a decimal or number` : `must be a decimal such as "12.50", got ${describe(value)}`)
    }
    return
  }

  if (["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"].includes(operator)) {
    if (family === "decimal") {
      const mirror = `${fact}_number`
      report(
        path.slice(0, -1).concat("operator"),
        `operator "${operator}" would compare the decimal strings of "${fact}" as text; use "decimal${operator[0].toUpperCase()}${operator.slice(1)}"` +
          (isPolicyFactName(mirror) ? ` or the fact "${mirror}"` : "")
      )
    } else if (family !== "number") {
      report(path.slice(0, -1).concat("operator"), `operator "${operator}" needs a number fact; "${fact}" is a ${family}`)
    } else if (ref ? familyOf(ref.kind) !== "number" : !(typeof value === "number" && Number.isFinite(value))) {
      report(path, ref ? `fact "${ref.name}" is not a number` : `must be a number, got ${describe(value)}`)
    }
    return
  }

  if (family === "decimal" && (ref || value !== null)) {
    report(path.slice(0, -1).concat("operator"), `operator "${operator}" would compare the decimal strings of "${fact}" as text; use "decimalEqual"`)
    return
  }

  if (operator === "in" || operator === "notIn") {
    if (ref) {
      report(path, `operator "${operator}" needs a list of values, not a fact`)
    } else if (!Array.isArray(value)) {
      report(path, `operator "${operator}" needs a list of values, got ${describe(value)}`)
    } else if (value.length === 0 || value.length > POLICY_RULE_LIMITS.maxListItems) {
      report(path, `must list 1 to ${POLICY_RULE_LIMITS.maxListItems} values`)
    } else {
      value.forEach((item, i) => {
        const error = scalarError(fact, kind, item)
        if (error) {
          report([...path, i], error)
        }
      })
    }
    return
  }

  // equal / notEqual
  if (ref) {
    if (familyOf(ref.kind) !== family) {
      report(path, `fact "${ref.name}" is a ${familyOf(ref.kind)}, "${fact}" is a ${family}`)
    }
    return
  }
  const error = scalarError(fact, kind, value)
  if (error) {
    report(path, error)
  }
}

function checkLeaf(node: Record<string, unknown>, path: Path, report: Report): void {
  checkKeys(node, ["fact", "operator", "value", "name", "priority", "path"], path, report)
  checkNodeMeta(node, path, report)
  if ("path" in node) {
    report([...path, "path"], `"path" is not supported: policy facts are flat values`)
  }
  const { fact, operator } = node
  let factOk = false
  let operatorOk = false
  if (!isPolicyFactName(fact)) {
    report(
      [...path, "fact"],
      typeof fact === "string" ? `unknown fact "${fact}"${suggestion(fact, POLICY_FACT_NAMES)}` : `must be a fact name, got ${describe(fact)}`
    )
  } else {
    factOk = true
  }
  if (typeof operator !== "string" || !(POLICY_OPERATORS as readonly string[]).includes(operator)) {
    report(
      [...path, "operator"],
      typeof operator === "string"
        ? `unknown operator "${operator}"${suggestion(operator, POLICY_OPERATORS)}`
        : `must be an operator name, got ${describe(operator)}`
    )
  } else {
    operatorOk = true
  }
  if (!("value" in node)) {
    report([...path, "value"], "is required")
  } else if (factOk && operatorOk) {
    checkLeafValue(fact as string, POLICY_FACT_KINDS[fact as keyof typeof POLICY_FACT_KINDS], operator as string, node.value, [...path, "value"], report)
  }
}

const NODE_KINDS = ["all", "any", "not", "condition", "fact"] as const

function checkNode(node: unknown, path: Path, depth: number, counter: { conditions: number }, report: Report): void {
  if (!isPlainObject(node)) {
    report(path, node === undefined ? "is required" : `must be a condition object, got ${describe(node)}`)
    return
  }
  const kinds = NODE_KINDS.filter((k) => k in node)
  if (kinds.length !== 1) {
    report(
      path,
      kinds.length === 0
        ? `must have one of ${quoted(depth === 0 ? NODE_KINDS.slice(0, 4) : NODE_KINDS)}`
        : `must have only one of ${quoted(kinds)}`
    )
    return
  }
  const [kind] = kinds

  if (kind === "fact") {
    if (depth === 0) {
      report(path, `the top level must be "all", "any", "not" or "condition"`)
      return
    }
    counter.conditions++
    checkLeaf(node, path, report)
    return
  }

  checkKeys(node, [kind, "name", "priority"], path, report)
  checkNodeMeta(node, path, report)

  if (kind === "condition") {
    counter.conditions++
    if (typeof node.condition !== "string" || !POLICY_CONDITION_NAMES.includes(node.condition)) {
      report(
        [...path, "condition"],
        `unknown named condition ${JSON.stringify(node.condition)}${suggestion(String(node.condition), POLICY_CONDITION_NAMES)} (known: ${quoted(POLICY_CONDITION_NAMES)})`
      )
    }
    return
  }

  if (depth + 1 > POLICY_RULE_LIMITS.maxDepth) {
    report([...path, kind], `nested deeper than ${POLICY_RULE_LIMITS.maxDepth} levels of all/any/not`)
    return
  }
  const children = node[kind]
  if (kind === "not") {
    if (!isPlainObject(children)) {
      report([...path, kind], `must be one condition object, got ${describe(children)}`)
      return
    }
    checkNode(children, [...path, kind], depth + 1, counter, report)
    return
  }
  if (!Array.isArray(children) || children.length === 0) {
    report([...path, kind], `must be a non-empty list of conditions, got ${describe(children)}`)
    return
  }
  children.forEach((child, i) => checkNode(child, [...path, kind, i], depth + 1, counter, report))
}

function reporterFor(ctx: z.RefinementCtx): Report {
  return (path, message) => ctx.addIssue({ code: "custom", path, message })
}

/** A json-rules-engine condition tree over the policy facts and operators, within POLICY_RULE_LIMITS. */
export const PolicyConditionsSchema = z.custom<TopLevelCondition>(() => true).superRefine((conditions, ctx) => {
  const counter = { conditions: 0 }
  checkNode(conditions, [], 0, counter, reporterFor(ctx))
  if (counter.conditions > POLICY_RULE_LIMITS.maxConditions) {
    ctx.addIssue({ code: "custom", path: [], message: `has ${counter.conditions} conditions; at most ${POLICY_RULE_LIMITS.maxConditions} are allowed` })
  }
})

const requiredString = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? "is required" : `must be ${what}, got ${describe(issue.input)}`) })

export const PolicyEventSchema = z.strictObject({
  type: requiredString('"<decision>.<code>"').superRefine((type, ctx) => {
    const dot = type.indexOf(".")
    if (dot < 0) {
      ctx.addIssue({ code: "custom", message: `must be "<decision>.<code>", e.g. "unlink.max_enforced_exceeded", got "${type}"` })
      return
    }
    const decision = type.slice(0, dot)
    const code = type.slice(dot + 1)
    if (!(POLICY_DECISIONS as readonly string[]).includes(decision)) {
      ctx.addIssue({ code: "custom", message: `unknown decision "${decision}" (expected one of ${quoted(POLICY_DECISIONS)})` })
    }
    if (!CODE.test(code) || code.length > POLICY_RULE_LIMITS.maxNameLength) {
      ctx.addIssue({ code: "custom", message: `code "${code}" must be snake_case (a-z, 0-9, _), starting with a letter` })
    }
  }),
  params: z.strictObject(
    {
      message: requiredString("a string")
        .min(1, { error: "must not be empty" })
        .max(POLICY_RULE_LIMITS.maxMessageLength, { error: `must be at most ${POLICY_RULE_LIMITS.maxMessageLength} characters` })
        .superRefine((message, ctx) => {
          for (const [placeholder, name] of message.matchAll(PLACEHOLDER)) {
            if (!isPolicyFactName(name)) {
              ctx.addIssue({ code: "custom", message: `unknown fact "${name}" in placeholder ${placeholder}${suggestion(name, POLICY_FACT_NAMES)}` })
            }
          }
        }),
      severity: z.enum(POLICY_SEVERITIES, { error: `must be one of ${quoted(POLICY_SEVERITIES)}` }).optional(),
    },
    { error: (issue) => (issue.input === undefined ? "is required" : "must be an object { message, severity? }") }
  ),
}, { error: (issue) => (issue.input === undefined ? "is required" : "must be an object { type, params }") })

/** One admin-written rule (global or per agreement), as saved and loaded. */
export const PolicyRuleSchema = z.strictObject({
  name: requiredString("a slug")
    .max(POLICY_RULE_LIMITS.maxNameLength, { error: `must be at most ${POLICY_RULE_LIMITS.maxNameLength} characters` })
    .regex(SLUG, { error: 'must be a slug such as "large-order-review" (a-z, 0-9, single dashes)' }),
  priority: z
    .int({ error: "must be an integer from 1 to 100" })
    .min(1, { error: "must be an integer from 1 to 100" })
    .max(100, { error: "must be an integer from 1 to 100" })
    .default(1),
  conditions: PolicyConditionsSchema,
  event: PolicyEventSchema,
}, { error: "must be a rule object { name, priority, conditions, event }" })

/** A rule set: at most POLICY_RULE_LIMITS.maxRules rules with distinct names. */
export const PolicyRulesSchema = z
  .array(PolicyRuleSchema, { error: "must be a list of rules" })
  .max(POLICY_RULE_LIMITS.maxRules, { error: `at most ${POLICY_RULE_LIMITS.maxRules} rules are allowed` })
  .superRefine((rules, ctx) => {
    const seen = new Map<string, number>()
    rules.forEach((rule, i) => {
      if (typeof rule?.name !== "string") {
        return
      }
      const first = seen.get(rule.name)
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: [i, "name"], message: `duplicate rule name "${rule.name}" (also rule ${first})` })
      } else {
        seen.set(rule.name, i)
      }
    })
  })

/** One problem in rule JSON; `path` is dot-separated, e.g. `0.conditions.all.1.fact`. */
export interface PolicyRuleError {
  path: string
  message: string
}

export type PolicyRulesValidation = { rules: readonly PolicyRule[] } | { errors: PolicyRuleError[] }

interface ZodIssueLike {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
}

function toErrors(issues: readonly ZodIssueLike[]): PolicyRuleError[] {
  const errors: PolicyRuleError[] = []
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys" && issue.keys) {
      for (const key of issue.keys) {
        errors.push({ path: [...issue.path, key].map(String).join("."), message: `unknown property "${key}"` })
      }
    } else {
      errors.push({ path: issue.path.map(String).join("."), message: issue.message })
    }
  }
  return errors
}

function validateWith(schema: z.ZodType, input: unknown): { data: PolicyRule[] } | { errors: PolicyRuleError[] } {
  const result = schema.safeParse(input)
  if (!result.success) {
    return { errors: toErrors(result.error.issues) }
  }
  return { data: result.data as PolicyRule[] }
}

/**
 * Validates rule JSON on write and on load: shape, known facts, operators, decisions, named
 * conditions and placeholders, and limits. Valid rules come back as a deep-frozen copy that
 * evaluatePolicy caches by identity.
 */
export function validatePolicyRules(rules: unknown): PolicyRulesValidation {
  const result = validateWith(PolicyRulesSchema, rules)
  if ("errors" in result) {
    return result
  }
  return { rules: trustPolicyRules(structuredClone(result.data)) }
}

/** validatePolicyRules for a single rule; error paths start at the rule (`conditions.all.1.fact`). */
export function validatePolicyRule(rule: unknown): { rule: PolicyRule } | { errors: PolicyRuleError[] } {
  const result = validateWith(PolicyRuleSchema, rule)
  if ("errors" in result) {
    return result
  }
  return { rule: structuredClone(result.data as unknown as PolicyRule) }
}

/** "path: message; path: message", for an error response. */
export function formatPolicyRuleErrors(errors: PolicyRuleError[]): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; ")
}
