import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { computeLifecycleEvents } from "../../../domain/agreements/compute-lifecycle-events"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const emitLifecycleEventsStepId = "emit-sales-agreement-lifecycle-events"

/**
 * This step finds the lifecycle events due (expired, expiring, thresholds
 * reached), claims each once in the event log, marks expired agreements and
 * emits the claimed events. Nothing to compensate: an emitted event is final.
 */
export const emitLifecycleEventsStep = createStep(
  emitLifecycleEventsStepId,
  async (input: { sales_agreement_id?: string; now?: string }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const options = service.getOptions()
    const agreements = await service.listAgreementsWithBalances({
      status: "effective",
      ...(input.sales_agreement_id ? { id: input.sales_agreement_id } : {}),
    })
    const due = computeLifecycleEvents(agreements, {
      now: input.now ? new Date(input.now) : new Date(),
      threshold_percentages: options.threshold_percentages,
      expiring_days: options.expiring_days,
    })
    const claimed = await service.claimEvents(due)
    const expired = claimed.filter((e) => e.event_name === "sales_agreement.expired").map((e) => e.data.id as string)
    if (expired.length) {
      await service.updateSalesAgreements(expired.map((id) => ({ id, expired_at: new Date() })) as any)
    }
    if (claimed.length) {
      await container.resolve(Modules.EVENT_BUS).emit(claimed.map((e) => ({ name: e.event_name, data: e.data })))
    }
    return new StepResponse(claimed.map((e) => ({ name: e.event_name, data: e.data })))
  }
)
