import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const validateLinesRemovableStepId = "validate-lines-removable"

/** This step refuses to remove commitments that already have fulfillment ledger entries. */
export const validateLinesRemovableStep = createStep(
  validateLinesRemovableStepId,
  async (lineIds: string[], { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const entries = await service.listSalesAgreementLedgerEntries(
      { sales_agreement_line_id: lineIds },
      { select: ["sales_agreement_line_id"], take: 1 }
    )
    if (entries.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Commitment (${entries[0].sales_agreement_line_id}) has fulfillment ledger entries and cannot be removed`,
        SalesAgreementErrorCode.LINE_HAS_LEDGER_ENTRIES
      )
    }
  }
)
