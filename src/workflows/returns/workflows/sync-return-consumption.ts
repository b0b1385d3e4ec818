import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordLedgerEntriesStep } from "../../ledger/steps"
import { computeReturnMovementsStep, ensureReturnLinkStep } from "../steps"

export const syncReturnConsumptionWorkflowId = "sync-return-consumption"

/**
 * Items received back from a customer reduce what their order consumed from
 * its agreement (SPEC §5), unless an admin removed the return's link. Safe to
 * run any number of times, concurrently: on `order.return_received`, from the
 * scheduled job (returns completed without an event) and by the reconciliation.
 *
 * @example
 * await syncReturnConsumptionWorkflow(container).run({ input: { return_id } })
 */
export const syncReturnConsumptionWorkflow = createWorkflow(
  syncReturnConsumptionWorkflowId,
  (input: { return_id: string }) => {
    const { data: returns } = useQueryGraphStep({
      entity: "return",
      fields: ["id", "order_id"],
      filters: { id: input.return_id },
    }).config({ name: "get-return" })
    const order = transform({ returns, input }, ({ returns, input }) => ({
      return_id: input.return_id,
      order_id: (returns[0] as any)?.order_id ?? "",
    }))
    const link = ensureReturnLinkStep(order)
    const entries = computeReturnMovementsStep(transform({ input, link }, ({ input, link }) => ({ return_id: input.return_id, link })))
    return new WorkflowResponse(recordLedgerEntriesStep({ entries }))
  }
)
