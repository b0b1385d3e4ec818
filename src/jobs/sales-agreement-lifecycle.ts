import type { MedusaContainer } from "@medusajs/framework/types"
import { emitSalesAgreementLifecycleEventsWorkflow } from "../workflows"

/** Marks expired agreements and emits expired / expiring / threshold events (each once). */
export default async function salesAgreementLifecycle(container: MedusaContainer) {
  await emitSalesAgreementLifecycleEventsWorkflow(container).run({ input: {} })
}

export const config = { name: "sales-agreement-lifecycle", schedule: "*/15 * * * *" }
