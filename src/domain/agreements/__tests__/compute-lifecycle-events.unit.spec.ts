import { computeLifecycleEvents, LifecycleAgreement } from "../compute-lifecycle-events"

const now = new Date("2026-06-01T00:00:00Z")
const line = (ordered: string) => ({
  id: "l1", line_number: 1, commitment_type: "product_quantity" as const, quantity: "100", amount: null,
  ordered_quantity: ordered, ordered_amount: "0", returned_quantity: "0", returned_amount: "0",
})
const agreement = (over: Partial<LifecycleAgreement> = {}): LifecycleAgreement => ({
  id: "sa", number: "SA-1", customer_id: "c", status: "effective", expiration_date: "2026-12-31T23:59:59Z", lines: [line("0")], ...over,
})

describe("computeLifecycleEvents", () => {
  it.each([
    ["nothing for a fresh agreement", [agreement()], {}, []],
    ["expired past its expiration date", [agreement({ expiration_date: "2026-05-31T00:00:00Z" })], {}, ["sales_agreement.expired"]],
    ["expiring within the window", [agreement({ expiration_date: "2026-06-20T00:00:00Z" })], {}, ["sales_agreement.expiring"]],
    ["no expiring outside a 7-day window", [agreement({ expiration_date: "2026-06-20T00:00:00Z" })], { expiring_days: 7 }, []],
    ["the 80 % threshold", [agreement({ lines: [line("80")] })], {}, ["sales_agreement.threshold_reached:80"]],
    ["both thresholds at 100 %", [agreement({ lines: [line("100")] })], {}, ["sales_agreement.threshold_reached:80", "sales_agreement.threshold_reached:100"]],
    ["custom thresholds", [agreement({ lines: [line("55")] })], { threshold_percentages: [50, 75] }, ["sales_agreement.threshold_reached:50"]],
    ["nothing for an agreement on hold", [agreement({ status: "on_hold", expiration_date: "2026-01-01" })], {}, []],
  ])("should raise %s", (_, agreements, options, expected) => {
    const events = computeLifecycleEvents(agreements, { now, ...options })
    expect(events.map((e) => (e.event_name.endsWith("reached") ? `${e.event_name}:${e.data.threshold}` : e.event_name))).toEqual(expected)
  })

  it("should give each event a stable key", () => {
    const a = computeLifecycleEvents([agreement({ lines: [line("100")] })], { now })
    const b = computeLifecycleEvents([agreement({ lines: [line("100")] })], { now: new Date("2026-07-01") })
    expect(a.map((e) => e.key)).toEqual(b.map((e) => e.key))
  })
})
