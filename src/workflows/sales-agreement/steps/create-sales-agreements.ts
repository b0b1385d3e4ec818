import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import type { CommitmentInput, SalesAgreementHeaderInput } from "../../../types"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export type CreateSalesAgreementsStepInput = (SalesAgreementHeaderInput & {
  lines?: CommitmentInput[]
})[]

export const createSalesAgreementsStepId = "create-sales-agreements"

/**
 * This step creates agreement headers with their commitments (numbered from 1),
 * drawing a number from the sequence unless one is given.
 */
export const createSalesAgreementsStep = createStep(
  createSalesAgreementsStepId,
  async (input: CreateSalesAgreementsStepInput, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const given = input.map((a) => a.number).filter((n): n is string => !!n)
    if (given.length) {
      const taken = await service.listSalesAgreements({ number: given }, { select: ["number"] })
      if (taken.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `number: already used by another sales agreement (${taken.map((t) => t.number).join(", ")})`,
          SalesAgreementErrorCode.NUMBER_TAKEN
        )
      }
    }
    const numbers = await service.reserveAgreementNumbers(input.filter((a) => !a.number).length)
    let next = 0
    const created = await service.createSalesAgreements(
      input.map(({ lines, ...header }) => ({
        ...header,
        currency_code: header.currency_code.toLowerCase(),
        number: header.number ?? numbers[next++],
        lines: (lines ?? []).map((line, i) => ({ ...line, line_number: i + 1 })),
      })) as any
    )
    const ids = (created as unknown as { id: string }[]).map((a) => a.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const lines = await service.listSalesAgreementLines({ sales_agreement_id: ids }, { select: ["id"] })
    await service.deleteSalesAgreementLines(lines.map((l) => l.id))
    await service.deleteSalesAgreements(ids)
  }
)
