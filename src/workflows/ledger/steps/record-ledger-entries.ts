import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import type { LedgerEntryInput } from "../../../types"

export const recordLedgerEntriesStepId = "record-ledger-entries"

/**
 * This step appends movements to the ledger (idempotent by key; with
 * `enforce_max`, all or nothing against max-enforced commitments).
 * Compensation removes exactly the entries it wrote.
 */
export const recordLedgerEntriesStep = createStep(
  recordLedgerEntriesStepId,
  async (input: { entries: LedgerEntryInput[]; enforce_max?: boolean }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const result = await service.recordLedgerEntries(input.entries, { enforce_max: input.enforce_max })
    return new StepResponse(result, result.inserted_ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).softDeleteSalesAgreementLedgerEntries(ids)
  }
)
