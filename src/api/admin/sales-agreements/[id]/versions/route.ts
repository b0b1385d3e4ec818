import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SALES_AGREEMENT_MODULE } from "../../../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../../../modules/sales-agreement/service"
import { refetchSalesAgreement } from "../../helpers"
import { formatVersion } from "./helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const agreement = await refetchSalesAgreement(req.scope, req.params.id, [
    "id",
    "current_version",
    "confirmation_status",
  ])
  const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const versions = await service.listSalesAgreementVersions(
    { sales_agreement_id: req.params.id },
    { order: { version: "DESC" }, select: ["id", "sales_agreement_id", "version", "confirmed_at", "confirmed_by"] }
  )
  res.json({
    versions: versions.map((v) => formatVersion(v, false)),
    count: versions.length,
    current_version: agreement.current_version,
    confirmation_status: agreement.confirmation_status,
  })
}
