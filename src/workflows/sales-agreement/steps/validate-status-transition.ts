import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { allowedNextStatuses, canTransition } from "../../../domain/agreements/status-transitions"
import type { AgreementStatus } from "../../../domain/types"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const validateStatusTransitionStepId = "validate-status-transition"

/** This step enforces draft → effective ⇄ on_hold → closed (effective → closed too). */
export const validateStatusTransitionStep = createStep(
  validateStatusTransitionStepId,
  async (input: { id: string; from: AgreementStatus; to: AgreementStatus }) => {
    if (!canTransition(input.from, input.to)) {
      const allowed = allowedNextStatuses(input.from)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: cannot go from ${input.from} to ${input.to} (sales agreement ${input.id}); allowed: ${
          allowed.length ? allowed.join(", ") : "none"
        }`,
        SalesAgreementErrorCode.TRANSITION_NOT_ALLOWED
      )
    }
  }
)
