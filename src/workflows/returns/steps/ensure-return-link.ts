import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const ensureReturnLinkStepId = "ensure-return-link"

/**
 * This step returns the link of a return to its order's agreement, creating it
 * (linked) the first time; null when the order consumed no agreement.
 */
export const ensureReturnLinkStep = createStep(
  ensureReturnLinkStepId,
  async (input: { return_id: string; order_id: string }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const [existing] = await service.listSalesAgreementReturnLinks({ return_id: input.return_id }, { take: 1 })
    if (existing) {
      return new StepResponse(existing as any, null as string | null)
    }
    const [ordered] = await service.listSalesAgreementLedgerEntries(
      { order_id: input.order_id, kind: "ordered" },
      { select: ["sales_agreement_id"], take: 1 }
    )
    if (!ordered) {
      return new StepResponse(null, null as string | null)
    }
    try {
      const created = await service.createSalesAgreementReturnLinks({
        return_id: input.return_id,
        order_id: input.order_id,
        sales_agreement_id: ordered.sales_agreement_id,
      })
      return new StepResponse(created as any, created.id as string | null)
    } catch (e) {
      // a concurrent delivery created it first
      const [again] = await service.listSalesAgreementReturnLinks({ return_id: input.return_id }, { take: 1 })
      if (again) return new StepResponse(again as any, null as string | null)
      throw e
    }
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).deleteSalesAgreementReturnLinks(createdId)
  }
)
