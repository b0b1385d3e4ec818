import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeLifecycleEvents } from "../../../domain/agreements/compute-lifecycle-events"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const emitLifecycleEventsStepId = "emit-sales-agreement-lifecycle-events"

/** Agreements read per batch: memory stays bounded however many there are. */
const BATCH = 200

const DAY = 24 * 3600 * 1000

/**
 * This step finds the lifecycle events due (expired, expiring, thresholds
 * reached), claims each once in the event log, marks expired agreements and
 * emits the claimed events. Only agreements that may have an event due are
 * read (the database filters them), in batches of a few hundred, so the
 * scheduled run costs what is due, not what exists. Nothing to compensate: an
 * emitted event is final.
 */
export const emitLifecycleEventsStep = createStep(
  emitLifecycleEventsStepId,
  async (input: { sales_agreement_id?: string; now?: string }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const options = service.getOptions()
    const now = input.now ? new Date(input.now) : new Date()
    const thresholds = options.threshold_percentages ?? [80, 100]
    const expiringDays = options.expiring_days ?? 30
    const emitted: { name: string; data: Record<string, unknown> }[] = []
    let after: string | undefined
    for (;;) {
      const agreements = await service.listAgreementsWithBalances({
        status: "effective",
        ...(input.sales_agreement_id ? { id: input.sales_agreement_id } : {}),
        lifecycle: {
          now,
          expiring_before: new Date(now.getTime() + expiringDays * DAY),
          min_percent: thresholds.length ? Math.min(...thresholds) : Number.MAX_SAFE_INTEGER,
        },
        ...(after ? { after_id: after } : {}),
        limit: BATCH,
      })
      if (!agreements.length) break
      after = agreements[agreements.length - 1].id
      const due = computeLifecycleEvents(agreements, { now, threshold_percentages: options.threshold_percentages, expiring_days: options.expiring_days })
      const claimed = await service.claimEvents(due)
      const expired = claimed.filter((e) => e.event_name === "sales_agreement.expired").map((e) => e.data.id as string)
      if (expired.length) {
        await service.updateSalesAgreements(expired.map((id) => ({ id, expired_at: new Date() })) as any)
      }
      if (claimed.length) {
        const messages = claimed.map((e) => ({ name: e.event_name, data: e.data }))
        await eventBus.emit(messages)
        emitted.push(...messages)
      }
      if (agreements.length < BATCH) break
    }
    return new StepResponse(emitted)
  }
)
