import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export type UpdateSalesAgreementLinesStepInput = ({ id: string } & Record<string, unknown>)[]

export const updateSalesAgreementLinesStepId = "update-sales-agreement-lines"

/** This step updates commitments; its compensation writes back the previous values. */
export const updateSalesAgreementLinesStep = createStep(
  updateSalesAgreementLinesStepId,
  async (input: UpdateSalesAgreementLinesStepInput, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const fields = [...new Set(input.flatMap((l) => Object.keys(l)))]
    const before = await service.listSalesAgreementLines(
      { id: input.map((l) => l.id) },
      { select: fields as any }
    )
    const updated = await service.updateSalesAgreementLines(input as any)
    return new StepResponse((updated as unknown as { id: string }[]).map((l) => l.id), before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.updateSalesAgreementLines(before as any)
  }
)
