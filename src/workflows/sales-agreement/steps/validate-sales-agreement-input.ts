import { createStep } from "@medusajs/framework/workflows-sdk"
import { validateCommitment } from "../../../domain/commitments/validate-commitment"
import { validateValidityWindow } from "../../../domain/commitments/validate-commitment"
import type { CommitmentInput, FieldError, ValidityWindow } from "../../../domain/types"
import { throwFieldErrors } from "../../../utils/errors"

export type ValidateSalesAgreementInputStepInput = {
  /** the header validity after the change */
  header: ValidityWindow
  /** commitments to check against that validity, with the path prefix used in messages */
  lines: { input: CommitmentInput; field_prefix: string }[]
}

export const validateSalesAgreementInputStepId = "validate-sales-agreement-input"

/**
 * This step checks the header validity window and every commitment against its
 * type's rules (SPEC §3), and throws one 400 naming every bad field.
 */
export const validateSalesAgreementInputStep = createStep(
  validateSalesAgreementInputStepId,
  async (input: ValidateSalesAgreementInputStepInput) => {
    const errors: FieldError[] = [...validateValidityWindow(input.header)]
    if (!errors.length) {
      for (const line of input.lines) {
        errors.push(...validateCommitment(line.input, input.header, { fieldPrefix: line.field_prefix }))
      }
    }
    throwFieldErrors(errors)
  }
)
