import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncReturnConsumptionWorkflow } from "../workflows"

/**
 * Returns completed by workflows that emit no event (Medusa's
 * receiveAndCompleteReturnOrderWorkflow) still reduce fulfillment: every few
 * minutes, returns received in the last two days are synced (idempotent, so
 * the ones the subscriber already handled add nothing).
 */
export default async function syncReceivedReturns(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(Date.now() - 2 * 24 * 3600 * 1000)
  const { data } = await query.graph({
    entity: "return",
    fields: ["id"],
    filters: { received_at: { $gte: since } } as any,
  })
  for (const ret of data as { id: string }[]) {
    await syncReturnConsumptionWorkflow(container).run({ input: { return_id: ret.id } })
  }
}

export const config = { name: "sales-agreement-sync-received-returns", schedule: "*/5 * * * *" }
