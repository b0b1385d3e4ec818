import { AGREEMENT_STATUSES, type AgreementStatus } from "../../types"
import {
  ALLOWED_STATUS_TRANSITIONS,
  allowedNextStatuses,
  canTransition,
  isAgreementApplicable,
  readStatus,
} from "../status-transitions"

const ALLOWED = new Set(["draft>effective", "effective>on_hold", "on_hold>effective", "effective>closed", "on_hold>closed"])
const pairs = AGREEMENT_STATUSES.flatMap((from) =>
  AGREEMENT_STATUSES.map((to) => [from, to, ALLOWED.has(`${from}>${to}`)] as const)
)

describe("canTransition", () => {
  it.each(pairs)("should answer %s -> %s with %p", (from, to, expected) => {
    expect(canTransition(from, to)).toBe(expected)
  })

  it.each([
    ["archived", "effective"],
    ["draft", "archived"],
  ])("should refuse the unknown transition %s -> %s", (from, to) => {
    expect(canTransition(from as AgreementStatus, to as AgreementStatus)).toBe(false)
  })
})

describe("allowedNextStatuses", () => {
  it.each<[string, string[]]>([
    ["draft", ["effective"]],
    ["effective", ["on_hold", "closed"]],
    ["on_hold", ["effective", "closed"]],
    ["closed", []],
    ["archived", []],
    ["toString", []],
  ])("should list the next statuses of %s", (from, expected) => {
    expect(allowedNextStatuses(from as AgreementStatus)).toEqual(expected)
  })

  it("should expose a frozen transition table", () => {
    expect(Object.isFrozen(ALLOWED_STATUS_TRANSITIONS)).toBe(true)
    expect(Object.isFrozen(ALLOWED_STATUS_TRANSITIONS.effective)).toBe(true)
  })
})

describe("readStatus", () => {
  const now = new Date("2025-06-15T12:00:00.000Z")

  it.each<[AgreementStatus, Date | string | null, string]>([
    ["effective", "2025-06-15T11:59:59.999Z", "expired"],
    ["effective", new Date("2025-01-01"), "expired"],
    ["effective", "2025-06-15T12:00:00.000Z", "effective"],
    ["effective", "2025-12-31", "effective"],
    ["effective", null, "effective"],
    ["on_hold", "2025-01-01", "on_hold"],
    ["closed", "2025-01-01", "closed"],
    ["draft", "2025-01-01", "draft"],
  ])("should read %s expiring %p as %s", (status, expiration_date, expected) => {
    expect(readStatus({ status, expiration_date }, now)).toBe(expected)
  })
})

describe("isAgreementApplicable", () => {
  const window = { effective_date: "2025-01-01T00:00:00.000Z", expiration_date: "2025-12-31T23:59:59.999Z" }

  it.each<[string, AgreementStatus, string, boolean]>([
    ["inside the window", "effective", "2025-06-15T00:00:00Z", true],
    ["at the effective instant", "effective", "2025-01-01T00:00:00.000Z", true],
    ["at the expiration instant", "effective", "2025-12-31T23:59:59.999Z", true],
    ["one ms before the window", "effective", "2024-12-31T23:59:59.999Z", false],
    ["one ms after the window", "effective", "2026-01-01T00:00:00.000Z", false],
    ["a draft", "draft", "2025-06-15T00:00:00Z", false],
    ["on hold", "on_hold", "2025-06-15T00:00:00Z", false],
    ["closed", "closed", "2025-06-15T00:00:00Z", false],
  ])("should decide %s", (_, status, at, expected) => {
    expect(isAgreementApplicable({ status, ...window }, new Date(at))).toBe(expected)
  })

  it.each<[string, Date | string | null, Date | string | null]>([
    ["a missing expiration", "2025-01-01", null],
    ["an unparseable effective date", "soon", "2025-12-31"],
  ])("should fail closed on %s", (_, effective_date, expiration_date) => {
    expect(isAgreementApplicable({ status: "effective", effective_date, expiration_date }, new Date("2025-06-15"))).toBe(false)
  })

  it("should accept Date objects", () => {
    const agreement = { status: "effective" as const, effective_date: new Date("2025-01-01"), expiration_date: new Date("2025-12-31") }
    expect(isAgreementApplicable(agreement, new Date("2025-06-15"))).toBe(true)
  })
})
