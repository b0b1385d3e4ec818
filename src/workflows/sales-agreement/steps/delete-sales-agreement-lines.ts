import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const deleteSalesAgreementLinesStepId = "delete-sales-agreement-lines"

/** This step soft-deletes commitments; compensation restores them. */
export const deleteSalesAgreementLinesStep = createStep(
  deleteSalesAgreementLinesStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.softDeleteSalesAgreementLines(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.restoreSalesAgreementLines(ids)
  }
)
