import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const deleteSalesAgreementsStepId = "delete-sales-agreements"

/** This step soft-deletes agreements with their lines and versions; compensation restores them. */
export const deleteSalesAgreementsStep = createStep(
  deleteSalesAgreementsStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.softDeleteSalesAgreements(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.restoreSalesAgreements(ids)
  }
)
