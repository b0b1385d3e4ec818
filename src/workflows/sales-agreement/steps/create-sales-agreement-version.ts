import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import type { AgreementSnapshot } from "../../../domain/types"

export type CreateSalesAgreementVersionStepInput = {
  sales_agreement_id: string
  snapshot: AgreementSnapshot
  confirmed_by?: string | null
}

export const createSalesAgreementVersionStepId = "create-sales-agreement-version"

/**
 * This step stores an immutable confirmation snapshot. The unique
 * (agreement, version) index makes two concurrent confirmations of the same
 * version impossible: the second fails instead of overwriting.
 */
export const createSalesAgreementVersionStep = createStep(
  createSalesAgreementVersionStepId,
  async (input: CreateSalesAgreementVersionStepInput, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const created = await service.createSalesAgreementVersions({
      sales_agreement_id: input.sales_agreement_id,
      version: input.snapshot.version,
      snapshot: input.snapshot as any,
      confirmed_by: input.confirmed_by ?? null,
      confirmed_at: new Date(input.snapshot.confirmed_at),
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    await service.deleteSalesAgreementVersions(id)
  }
)
