import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { ModuleSalesAgreement } from "../../../types"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export type ValidateSalesAgreementStateStepInput = {
  agreement: Pick<ModuleSalesAgreement, "id" | "status" | "currency_code" | "customer_id">
  /** `edit`: any change but closed; `delete`: drafts only */
  action: "edit" | "delete"
  /** a requested currency change, allowed on drafts only */
  currency_code?: string
  /** a requested customer change, allowed on drafts only */
  customer_id?: string
}

export const validateSalesAgreementStateStepId = "validate-sales-agreement-state"

/** This step refuses changes to closed agreements, deletion of non-drafts and currency or customer changes after drafting. */
export const validateSalesAgreementStateStep = createStep(
  validateSalesAgreementStateStepId,
  async ({ agreement, action, currency_code, customer_id }: ValidateSalesAgreementStateStepInput) => {
    if (action === "delete" && agreement.status !== "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only a draft sales agreement can be deleted; sales agreement (${agreement.id}) is ${agreement.status}`,
        SalesAgreementErrorCode.NOT_DRAFT
      )
    }
    if (action === "edit" && agreement.status === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Sales agreement (${agreement.id}) is closed and can no longer be changed`,
        SalesAgreementErrorCode.CLOSED
      )
    }
    if (
      currency_code &&
      currency_code.toLowerCase() !== agreement.currency_code &&
      agreement.status !== "draft"
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `currency_code: can only be changed while the sales agreement is a draft (${agreement.id} is ${agreement.status})`,
        SalesAgreementErrorCode.CURRENCY_LOCKED
      )
    }
    if (customer_id && customer_id !== agreement.customer_id && agreement.status !== "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `customer_id: can only be changed while the sales agreement is a draft (${agreement.id} is ${agreement.status})`,
        SalesAgreementErrorCode.CUSTOMER_LOCKED
      )
    }
  }
)
