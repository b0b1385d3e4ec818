import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import type { CommitmentInput } from "../../../types"

export type CreateSalesAgreementLinesStepInput = {
  sales_agreement_id: string
  lines: CommitmentInput[]
}

export const createSalesAgreementLinesStepId = "create-sales-agreement-lines"

/** This step appends commitments to an agreement, numbering them after the highest existing line. */
export const createSalesAgreementLinesStep = createStep(
  createSalesAgreementLinesStepId,
  async (input: CreateSalesAgreementLinesStepInput, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    // soft-deleted lines keep their number so a removed line number is never reused
    const existing = await service.listSalesAgreementLines(
      { sales_agreement_id: input.sales_agreement_id },
      { select: ["line_number"], withDeleted: true }
    )
    const last = existing.reduce((max, l) => Math.max(max, l.line_number), 0)
    const created = await service.createSalesAgreementLines(
      input.lines.map((line, i) => ({
        ...line,
        line_number: last + i + 1,
        sales_agreement_id: input.sales_agreement_id,
      })) as any
    )
    const ids = (created as unknown as { id: string }[]).map((l) => l.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.deleteSalesAgreementLines(ids)
  }
)
