import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readStatus } from "../../../domain/agreements/status-transitions"
import { computeFulfillment } from "../../../domain/ledger/compute-fulfillment"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { LINE_DECIMAL_FIELDS, normalizeDecimals } from "../../../utils/decimals"
import { SalesAgreementErrorCode } from "../../../utils/errors"

/** Shapes an agreement for the API: exact decimal strings and its status as read today. */
export function formatSalesAgreement<T extends Record<string, any>>(agreement: T, now = new Date()): T {
  const out: Record<string, any> = { ...agreement }
  if (out.status && out.expiration_date) {
    out.display_status = readStatus(out as any, now)
  }
  if (Array.isArray(out.lines)) {
    out.lines = out.lines
      .map((l: any) => normalizeDecimals(l, LINE_DECIMAL_FIELDS))
      .sort((a: any, b: any) => (a.line_number ?? 0) - (b.line_number ?? 0))
  }
  return out as T
}

/** Reads one agreement with the requested fields, or fails with a 404. */
export async function refetchSalesAgreement(scope: MedusaContainer, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_agreement", fields, filters: { id } })
  if (!data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Sales agreement with id: ${id} was not found`,
      SalesAgreementErrorCode.NOT_FOUND
    )
  }
  return formatSalesAgreement(data[0])
}

/** Adds each line's fulfillment figures (committed, ordered, returned, remaining, percent) from the ledger. */
export async function withFulfillment<T extends Record<string, any>>(scope: MedusaContainer, agreement: T): Promise<T> {
  if (!Array.isArray(agreement.lines)) {
    return agreement
  }
  const service = scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const [balances] = await service.listAgreementsWithBalances({ id: agreement.id })
  const byId = new Map((balances?.lines ?? []).map((l) => [l.id, l]))
  return {
    ...agreement,
    lines: agreement.lines.map((line: any) => {
      const b = byId.get(line.id)
      return b ? { ...line, fulfillment: computeFulfillment(b) } : line
    }),
  }
}
