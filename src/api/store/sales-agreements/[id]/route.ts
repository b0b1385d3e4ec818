import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SALES_AGREEMENT_MODULE } from "../../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../../utils/errors"
import { formatStoreAgreement } from "../helpers"

/** One of the customer's effective agreements; anybody else's (or a guest's request) is a 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_id
  const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const [agreement] = customerId
    ? await service.listAgreementsWithBalances({ id: req.params.id, customer_id: customerId, status: "effective" })
    : []
  if (!agreement) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Sales agreement with id: ${req.params.id} was not found`,
      SalesAgreementErrorCode.NOT_FOUND
    )
  }
  res.json({ sales_agreement: formatStoreAgreement(agreement) })
}
