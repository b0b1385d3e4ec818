import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const propagateAgreementDimensionsStepId = "propagate-agreement-dimensions"

/**
 * This step copies an agreement's changed dimensions to its open release
 * orders (draft orders released from it), header and lines; compensation puts
 * the previous metadata back.
 */
export const propagateAgreementDimensionsStep = createStep(
  propagateAgreementDimensionsStepId,
  async (input: { sales_agreement_id: string; dimensions?: Record<string, string> | null }, { container }) => {
    if (input.dimensions === undefined) {
      return new StepResponse([] as string[], [] as { id: string; metadata: any }[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "metadata", "status", "is_draft_order"],
      filters: { is_draft_order: true, status: "draft" } as any,
    })
    const open = (data as any[]).filter((o) => o.metadata?.sales_agreement_id === input.sales_agreement_id)
    if (!open.length) {
      return new StepResponse([] as string[], [] as { id: string; metadata: any }[])
    }
    const orderModule = container.resolve(Modules.ORDER)
    await orderModule.updateOrders(open.map((o) => ({ id: o.id, metadata: { ...o.metadata, dimensions: input.dimensions } })) as any)
    return new StepResponse(
      open.map((o) => o.id),
      open.map((o) => ({ id: o.id, metadata: o.metadata }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve(Modules.ORDER).updateOrders(before as any)
  }
)
