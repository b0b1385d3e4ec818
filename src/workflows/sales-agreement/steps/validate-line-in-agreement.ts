import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ModuleSalesAgreement, ModuleSalesAgreementLine } from "../../../types"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const validateLineInAgreementStepId = "validate-line-in-agreement"

/** This step returns the commitment `line_id` of the agreement, or fails with a 404. */
export const validateLineInAgreementStep = createStep(
  validateLineInAgreementStepId,
  async (input: { agreement: ModuleSalesAgreement; line_id: string }) => {
    const line = input.agreement.lines?.find((l) => l.id === input.line_id)
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Commitment with id: ${input.line_id} was not found on sales agreement (${input.agreement.id})`,
        SalesAgreementErrorCode.LINE_NOT_FOUND
      )
    }
    return new StepResponse(line as ModuleSalesAgreementLine)
  }
)
