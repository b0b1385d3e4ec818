import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export type UpdateSalesAgreementsStepInput = { id: string } & Record<string, unknown>

export const updateSalesAgreementsStepId = "update-sales-agreements"

/** This step updates agreement headers; its compensation writes back the previous values. */
export const updateSalesAgreementsStep = createStep(
  updateSalesAgreementsStepId,
  async (input: UpdateSalesAgreementsStepInput, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const [before] = await service.listSalesAgreements({ id: input.id }, { select: ["id", ...fields] as any })
    const updated = await service.updateSalesAgreements(input as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.updateSalesAgreements(before as any)
  }
)
