import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildAgreementSnapshot } from "../../../utils/agreement-snapshot"
import { SalesAgreementEvents } from "../../../utils/events"
import {
  createSalesAgreementVersionStep,
  retrieveSalesAgreementStep,
  updateSalesAgreementsStep,
  validateSalesAgreementStateStep,
} from "../steps"

export type ConfirmSalesAgreementWorkflowInput = { id: string; confirmed_by?: string | null }

export const confirmSalesAgreementWorkflowId = "confirm-sales-agreement"

/**
 * Confirms an agreement: stores an immutable snapshot of header and lines as
 * version N+1, the document shared with the customer for approval.
 *
 * @example
 * const { result } = await confirmSalesAgreementWorkflow(container).run({ input: { id, confirmed_by: user_id } })
 */
export const confirmSalesAgreementWorkflow = createWorkflow(
  confirmSalesAgreementWorkflowId,
  (input: ConfirmSalesAgreementWorkflowInput) => {
    const agreement = retrieveSalesAgreementStep({ id: input.id })
    validateSalesAgreementStateStep({ agreement, action: "edit" })
    const { data: policies } = useQueryGraphStep({
      entity: "sales_agreement_policy",
      fields: ["name", "description", "priority", "conditions", "event", "enabled"],
      filters: { sales_agreement_id: input.id },
    }).config({ name: "list-agreement-policies" })
    const snapshot = transform({ agreement, policies }, ({ agreement, policies }) =>
      buildAgreementSnapshot(
        agreement,
        (agreement.current_version ?? 0) + 1,
        new Date(),
        [...policies].sort((a: any, b: any) => a.name.localeCompare(b.name))
      )
    )
    const version = createSalesAgreementVersionStep(
      transform({ input, snapshot }, ({ input, snapshot }) => ({
        sales_agreement_id: input.id,
        snapshot,
        confirmed_by: input.confirmed_by ?? null,
      }))
    )
    updateSalesAgreementsStep(
      transform({ input, snapshot }, ({ input, snapshot }) => ({
        id: input.id,
        current_version: snapshot.version,
        confirmation_status: "confirmed",
      }))
    )
    emitEventStep({
      eventName: SalesAgreementEvents.CONFIRMED,
      data: transform({ input, snapshot }, ({ input, snapshot }) => ({ id: input.id, version: snapshot.version })),
    })
    return new WorkflowResponse(version)
  }
)
