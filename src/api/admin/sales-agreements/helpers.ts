import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readStatus } from "../../../domain/agreements/status-transitions"
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
