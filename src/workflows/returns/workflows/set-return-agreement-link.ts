import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { recordLedgerEntriesStep } from "../../ledger/steps"
import { computeReturnMovementsStep, ensureReturnLinkStep, updateReturnLinkStep } from "../steps"

export type SetReturnAgreementLinkWorkflowInput = { return_id: string; linked: boolean; sales_agreement_id?: string }

export const setReturnAgreementLinkWorkflowId = "set-return-agreement-link"

/**
 * Removes the link between a return and its agreement (the return then does
 * not reduce fulfillment) or creates it again (SPEC §5).
 *
 * @example
 * await setReturnAgreementLinkWorkflow(container).run({ input: { return_id, linked: false } })
 */
export const setReturnAgreementLinkWorkflow = createWorkflow(
  setReturnAgreementLinkWorkflowId,
  (input: SetReturnAgreementLinkWorkflowInput) => {
    const { data: returns } = useQueryGraphStep({
      entity: "return",
      fields: ["id", "order_id"],
      filters: { id: input.return_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-return" })
    const link = ensureReturnLinkStep(
      transform({ returns, input }, ({ returns, input }) => ({ return_id: input.return_id, order_id: (returns[0] as any).order_id }))
    )
    const updated = updateReturnLinkStep({ link, linked: input.linked, sales_agreement_id: input.sales_agreement_id })
    const entries = computeReturnMovementsStep(transform({ input, updated }, ({ input, updated }) => ({ return_id: input.return_id, link: updated })))
    recordLedgerEntriesStep({ entries })
    return new WorkflowResponse(updated)
  }
)
