import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import type { ModuleSalesAgreement } from "../../../types"
import { LINE_DECIMAL_FIELDS, normalizeDecimals } from "../../../utils/decimals"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const retrieveSalesAgreementStepId = "retrieve-sales-agreement"

/** Loads an agreement with its lines, with exact decimal strings; 404 when absent. */
export async function loadSalesAgreement(
  service: SalesAgreementModuleService,
  id: string
): Promise<ModuleSalesAgreement> {
  const [agreement] = await service.listSalesAgreements({ id }, { relations: ["lines"], take: 1 })
  if (!agreement) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Sales agreement with id: ${id} was not found`,
      SalesAgreementErrorCode.NOT_FOUND
    )
  }
  const lines = ((agreement as any).lines ?? [])
    .map((l: any) => normalizeDecimals(l, LINE_DECIMAL_FIELDS))
    .sort((a: any, b: any) => a.line_number - b.line_number)
  return { ...(agreement as any), lines }
}

/** This step loads an agreement with its commitments and fails with a 404 when it does not exist. */
export const retrieveSalesAgreementStep = createStep(
  retrieveSalesAgreementStepId,
  async (input: { id: string }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    return new StepResponse(await loadSalesAgreement(service, input.id))
  }
)
