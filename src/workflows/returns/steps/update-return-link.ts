import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const updateReturnLinkStepId = "update-return-link"

/** This step removes or re-creates the link of a return to its agreement (a new generation each time). */
export const updateReturnLinkStep = createStep(
  updateReturnLinkStepId,
  async (
    input: { link: { id: string; linked: boolean; generation: number; sales_agreement_id: string; return_id: string } | null; linked: boolean; sales_agreement_id?: string },
    { container }
  ) => {
    if (!input.link) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This return's order did not consume any sales agreement, so the return cannot be linked to one",
        SalesAgreementErrorCode.RETURN_NOT_LINKABLE
      )
    }
    if (input.sales_agreement_id && input.sales_agreement_id !== input.link.sales_agreement_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `sales_agreement_id: a return links to one agreement only, the one its order was placed under (${input.link.sales_agreement_id})`,
        SalesAgreementErrorCode.RETURN_NOT_LINKABLE
      )
    }
    if (input.link.linked === input.linked) {
      return new StepResponse(input.link, null as any)
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const updated = await service.updateSalesAgreementReturnLinks({
      id: input.link.id,
      linked: input.linked,
      generation: input.link.generation + 1,
    })
    return new StepResponse(updated as any, { id: input.link.id, linked: input.link.linked, generation: input.link.generation })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).updateSalesAgreementReturnLinks(before)
  }
)
