import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SALES_AGREEMENT_MODULE } from "../../../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../../../utils/errors"

/** API shape of a stored confirmation version. */
export function formatVersion(v: any, withSnapshot = true) {
  return {
    id: v.id,
    sales_agreement_id: v.sales_agreement_id,
    version: v.version,
    confirmed_at: v.confirmed_at,
    confirmed_by: v.confirmed_by ?? null,
    ...(withSnapshot ? { snapshot: v.snapshot } : {}),
  }
}

/** Reads version `version` of agreement `id`; 404 naming what is missing. */
export async function retrieveVersion(scope: MedusaContainer, id: string, version: string | number) {
  const n = Number(version)
  if (!Number.isInteger(n) || n < 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `version: must be a positive integer (${version})`,
      SalesAgreementErrorCode.INVALID
    )
  }
  const service = scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const [found] = await service.listSalesAgreementVersions({ sales_agreement_id: id, version: n }, { take: 1 })
  if (!found) {
    const [agreement] = await service.listSalesAgreements({ id }, { select: ["id"], take: 1 })
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      agreement
        ? `Version ${n} of sales agreement (${id}) was not found`
        : `Sales agreement with id: ${id} was not found`,
      agreement ? SalesAgreementErrorCode.VERSION_NOT_FOUND : SalesAgreementErrorCode.NOT_FOUND
    )
  }
  return found
}
