import { createHash } from "node:crypto"
import { Almanac, Engine, type EngineResult, type RuleResult } from "json-rules-engine"
import { POLICY_CONDITIONS } from "./conditions"
import type { PolicyFacts } from "./facts"
import { POLICY_CUSTOM_OPERATORS } from "./operators"
import { DEFAULT_POLICY_RULES } from "./rules"
import { type PolicyRuleError, formatPolicyRuleErrors, validatePolicyRules } from "./schema"
import { isTrustedPolicyRules, trustPolicyRules } from "./trusted-rules"
import type {
  PolicyCheck,
  PolicyDecision,
  PolicyDecisionType,
  PolicyReason,
  PolicyRule,
  PolicySeverity,
  PolicyWarning,
} from "./types"

/** Thrown when a rule set given to evaluatePolicy does not pass validatePolicyRules. */
export class PolicyRulesInvalidError extends Error {
  readonly code = "POLICY_RULES_INVALID"

  constructor(readonly errors: PolicyRuleError[]) {
    super(`Invalid policy rules: ${formatPolicyRuleErrors(errors)}`)
    this.name = "PolicyRulesInvalidError"
  }
}

/** Thrown when an evaluation fails (missing fact, a rule left unevaluated). */
export class PolicyEvaluationError extends Error {
  readonly code = "POLICY_EVALUATION_FAILED"

  constructor(message: string, readonly cause?: unknown) {
    super(message)
    this.name = "PolicyEvaluationError"
  }
}

const DECISION_RANK: Readonly<Record<PolicyDecisionType, number>> = { block: 0, unlink: 1, warn: 2, link: 3 }
const DEFAULT_SEVERITY: Readonly<Record<PolicyDecisionType, PolicySeverity>> = {
  block: "error",
  unlink: "error",
  warn: "warning",
  link: "info",
}
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

/**
 * Engines per rule set. Evaluation is CPU-bound on one thread, so more engines would not add
 * throughput; evaluations beyond this wait (FIFO) for an engine instead of building new ones.
 */
const MAX_ENGINES_PER_SET = 16
/** Rule sets kept by content hash (least recently used dropped first). */
const MAX_CACHED_RULE_SETS = 256

interface RuleMeta {
  index: number
  name: string
  priority: number
  decision: PolicyDecisionType
  code: string
  severity: PolicySeverity
  message: string
  templated: boolean
  firedCheck: PolicyCheck
  passedCheck: PolicyCheck
}

/** A validated rule set with its metadata and a pool of engines, each running one evaluation at a time. */
interface CompiledPolicySet {
  key: string
  rules: readonly PolicyRule[]
  meta: Map<string, RuleMeta>
  idle: Engine[]
  /** engines built and not discarded: idle + running */
  engines: number
  waiting: EngineWaiters
}

/** A FIFO of evaluations waiting for an engine. */
class EngineWaiters {
  private items: ((engine: Engine) => void)[] = []
  private head = 0

  get size(): number {
    return this.items.length - this.head
  }

  push(waiter: (engine: Engine) => void): void {
    this.items.push(waiter)
  }

  shift(): ((engine: Engine) => void) | undefined {
    if (this.head === this.items.length) {
      return undefined
    }
    const waiter = this.items[this.head++]
    if (this.head === this.items.length) {
      this.items = []
      this.head = 0
    }
    return waiter
  }
}

const byKey = new Map<string, CompiledPolicySet>()
let byIdentity = new WeakMap<readonly PolicyRule[], CompiledPolicySet>()
let enginesCreated = 0

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value) ?? "null"
  }
  if (Array.isArray(value)) {
    return `[${value.map(stableStringify).join(",")}]`
  }
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`).join(",")}}`
}

/** A stable hash of a rule set's JSON (key order does not matter; rule order does). */
export function policyRulesHash(rules: readonly PolicyRule[]): string {
  return createHash("sha256").update(stableStringify(rules)).digest("hex")
}

function ruleMeta(rule: PolicyRule, index: number): RuleMeta {
  const dot = rule.event.type.indexOf(".")
  const decision = rule.event.type.slice(0, dot) as PolicyDecisionType
  const code = rule.event.type.slice(dot + 1)
  const message = rule.event.params.message
  return {
    index,
    name: rule.name,
    priority: rule.priority,
    decision,
    code,
    severity: rule.event.params.severity ?? DEFAULT_SEVERITY[decision],
    message,
    templated: message.includes("{{"),
    firedCheck: Object.freeze({ rule: rule.name, code, decision, fired: true }),
    passedCheck: Object.freeze({ rule: rule.name, code, decision, fired: false }),
  }
}

function compile(key: string, rules: readonly PolicyRule[]): CompiledPolicySet {
  return {
    key,
    rules,
    meta: new Map(rules.map((rule, i) => [rule.name, ruleMeta(rule, i)])),
    idle: [],
    engines: 0,
    waiting: new EngineWaiters(),
  }
}

function compiledByKey(key: string, rules: readonly PolicyRule[], validated: boolean): CompiledPolicySet {
  const cached = byKey.get(key)
  if (cached) {
    byKey.delete(key)
    byKey.set(key, cached)
    return cached
  }
  let usable = rules
  if (!validated) {
    const result = validatePolicyRules(rules)
    if ("errors" in result) {
      throw new PolicyRulesInvalidError(result.errors)
    }
    usable = result.rules
  }
  const compiled = compile(key, usable)
  byKey.set(key, compiled)
  if (byKey.size > MAX_CACHED_RULE_SETS) {
    byKey.delete(byKey.keys().next().value as string)
  }
  return compiled
}

function compiledFor(rules: readonly PolicyRule[]): CompiledPolicySet {
  if (isTrustedPolicyRules(rules)) {
    let compiled = byIdentity.get(rules)
    if (!compiled) {
      compiled = compiledByKey(policyRulesHash(rules), rules, true)
      byIdentity.set(rules, compiled)
    }
    return compiled
  }
  return compiledByKey(policyRulesHash(rules), rules, false)
}

/**
 * A new engine for the rules, with our operators and named conditions, allowUndefinedFacts false.
 * The rules are copied (json-rules-engine writes into condition objects it is given), without
 * event params and with one engine priority for all (see below).
 */
export function createPolicyEngine(rules: readonly PolicyRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false })
  for (const operator of POLICY_CUSTOM_OPERATORS) {
    engine.addOperator(operator)
  }
  for (const [name, condition] of Object.entries(POLICY_CONDITIONS)) {
    engine.setCondition(name, structuredClone(condition))
  }
  for (const rule of rules) {
    // The engine copy carries only what it evaluates: json-rules-engine deep-clones each rule's
    // event on every run (messages stay in the compiled metadata), and runs each priority level
    // as a sequential stage. The decision does not depend on evaluation order (no engine.stop,
    // no listeners), and toDecision orders reasons by the rules' own priorities, so all rules
    // share one stage.
    engine.addRule({
      name: rule.name,
      priority: 1,
      conditions: structuredClone(rule.conditions),
      event: { type: rule.event.type },
    })
  }
  enginesCreated++
  return engine
}

/**
 * Serves the facts as plain values: no Fact objects, hashing or caching per run. Unknown
 * facts reject, as allowUndefinedFacts: false does.
 */
class PlainFactsAlmanac extends Almanac {
  constructor(private readonly policyFacts: PolicyFacts) {
    super({ allowUndefinedFacts: false })
  }

  factValue<T>(factId: string): Promise<T> {
    if (Object.prototype.hasOwnProperty.call(this.policyFacts, factId)) {
      return Promise.resolve(this.policyFacts[factId as keyof PolicyFacts] as T)
    }
    return Promise.reject(new PolicyEvaluationError(`Undefined fact: ${factId}`))
  }
}

function display(value: unknown): string {
  return value === null || value === undefined ? "none" : String(value)
}

function render(meta: RuleMeta, facts: PolicyFacts): string {
  if (!meta.templated) {
    return meta.message
  }
  return meta.message.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(facts, name) ? display(facts[name as keyof PolicyFacts]) : placeholder
  )
}

function byStrength(a: RuleMeta, b: RuleMeta): number {
  return DECISION_RANK[a.decision] - DECISION_RANK[b.decision] || b.priority - a.priority || a.index - b.index
}

/** Maps results (fired) and failureResults (not fired) to a decision; every rule must appear exactly once. */
function toDecision(set: CompiledPolicySet, result: EngineResult, facts: PolicyFacts): PolicyDecision {
  const checked: (PolicyCheck | undefined)[] = new Array(set.rules.length)
  const fired: RuleMeta[] = []
  const mark = (ruleResult: RuleResult, didFire: boolean) => {
    const meta = set.meta.get(ruleResult.name)
    if (!meta || checked[meta.index] !== undefined) {
      throw new PolicyEvaluationError(`Rule "${ruleResult.name}" was evaluated ${meta ? "twice" : "but is not in the set"}`)
    }
    checked[meta.index] = didFire ? meta.firedCheck : meta.passedCheck
    if (didFire) {
      fired.push(meta)
    }
  }
  for (const r of result.results) {
    mark(r, true)
  }
  for (const r of result.failureResults) {
    mark(r, false)
  }
  if (result.results.length + result.failureResults.length !== set.rules.length) {
    const skipped = set.rules.filter((_, i) => checked[i] === undefined).map((r) => r.name)
    throw new PolicyEvaluationError(`Policy rules were not evaluated (${skipped.join(", ")})`)
  }

  fired.sort(byStrength)
  const reasons: PolicyReason[] = []
  const warnings: PolicyWarning[] = []
  for (const meta of fired) {
    const message = render(meta, facts)
    if (meta.decision === "warn") {
      warnings.push({ rule: meta.name, code: meta.code, message, severity: meta.severity })
    } else {
      reasons.push({ rule: meta.name, code: meta.code, decision: meta.decision, message, severity: meta.severity })
    }
  }
  const outcome: PolicyDecisionType = fired.length === 0 ? "link" : fired[0].decision
  return { outcome, reasons, warnings, checked: checked as PolicyCheck[] }
}

function acquireEngine(set: CompiledPolicySet): Engine | Promise<Engine> {
  const idle = set.idle.pop()
  if (idle) {
    return idle
  }
  if (set.engines < MAX_ENGINES_PER_SET) {
    set.engines++
    return createPolicyEngine(set.rules)
  }
  return new Promise((resolve) => set.waiting.push(resolve))
}

function releaseEngine(set: CompiledPolicySet, engine: Engine): void {
  const next = set.waiting.shift()
  if (next) {
    next(engine)
  } else {
    set.idle.push(engine)
  }
}

/** A failed run may leave the engine mid-run: drop it, and build a replacement for a waiting evaluation. */
function discardEngine(set: CompiledPolicySet): void {
  set.engines--
  const next = set.waiting.shift()
  if (next) {
    set.engines++
    next(createPolicyEngine(set.rules))
  }
}

async function runPooled(set: CompiledPolicySet, facts: PolicyFacts): Promise<PolicyDecision> {
  // An engine keeps its run state on itself (status RUNNING/FINISHED): overlapping runs on one
  // engine can skip rules. Each pooled engine runs one evaluation at a time.
  const acquired = acquireEngine(set)
  const engine = acquired instanceof Engine ? acquired : await acquired
  let result: EngineResult
  try {
    result = await engine.run({}, { almanac: new PlainFactsAlmanac(facts) })
  } catch (e) {
    discardEngine(set)
    throw e instanceof PolicyEvaluationError ? e : new PolicyEvaluationError(`Policy evaluation failed: ${(e as Error)?.message ?? e}`, e)
  }
  releaseEngine(set, engine)
  return toDecision(set, result, facts)
}

/**
 * Evaluates a rule set over precomputed facts (pure: no I/O, no dynamic facts). Outcome
 * precedence block > unlink > warn > link. Engines are cached per rule set (by identity for
 * validated/default sets, else by content hash, validating on first use) and pooled so that
 * concurrent evaluations never share a running engine.
 */
export function evaluatePolicy(rules: readonly PolicyRule[], facts: PolicyFacts): Promise<PolicyDecision> {
  let set: CompiledPolicySet
  try {
    set = compiledFor(rules)
  } catch (e) {
    return Promise.reject(e)
  }
  return runPooled(set, facts)
}

/** evaluatePolicy with DEFAULT_POLICY_RULES. */
export function evaluateDefaultPolicy(facts: PolicyFacts): Promise<PolicyDecision> {
  return evaluatePolicy(DEFAULT_POLICY_RULES, facts)
}

/**
 * One rule set from several (defaults, global admin rules, agreement rules): a later rule with the
 * same name replaces the earlier one in place; new names are appended. Trusted when all inputs are.
 */
export function mergePolicyRules(...sets: readonly (readonly PolicyRule[])[]): readonly PolicyRule[] {
  const merged: PolicyRule[] = []
  const position = new Map<string, number>()
  for (const set of sets) {
    for (const rule of set) {
      const at = position.get(rule.name)
      if (at === undefined) {
        position.set(rule.name, merged.length)
        merged.push(rule)
      } else {
        merged[at] = rule
      }
    }
  }
  return sets.every(isTrustedPolicyRules) ? trustPolicyRules(merged) : merged
}

/** Empties the engine cache (tests, or after rule sets were retired). */
export function clearPolicyEngineCache(): void {
  byKey.clear()
  byIdentity = new WeakMap()
}

/** How many rule sets are cached and how many engines were ever built (for tests and the benchmark). */
export function getPolicyEngineCacheStats(): { ruleSets: number; enginesCreated: number } {
  return { ruleSets: byKey.size, enginesCreated }
}

/**
 * The alternatives measured by bench/policy-evaluation.bench.ts; production code calls evaluatePolicy.
 * `freshEngine` builds an Engine per evaluation; `pooledRunFacts` passes facts through engine.run(facts).
 */
export const policyEvaluationStrategies = {
  pooled: evaluatePolicy,
  async freshEngine(rules: readonly PolicyRule[], facts: PolicyFacts): Promise<PolicyDecision> {
    const set = compiledFor(rules)
    const result = await createPolicyEngine(set.rules).run({}, { almanac: new PlainFactsAlmanac(facts) })
    return toDecision(set, result, facts)
  },
  async freshEngineRunFacts(rules: readonly PolicyRule[], facts: PolicyFacts): Promise<PolicyDecision> {
    const set = compiledFor(rules)
    const result = await createPolicyEngine(set.rules).run(facts as unknown as Record<string, unknown>)
    return toDecision(set, result, facts)
  },
  async pooledRunFacts(rules: readonly PolicyRule[], facts: PolicyFacts): Promise<PolicyDecision> {
    const set = compiledFor(rules)
    const engine = await acquireEngine(set)
    const result = await engine.run(facts as unknown as Record<string, unknown>)
    releaseEngine(set, engine)
    return toDecision(set, result, facts)
  },
}
