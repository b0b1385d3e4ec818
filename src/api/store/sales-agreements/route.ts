import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { formatStoreAgreement } from "./helpers"

/** The logged-in customer's effective agreements valid today, with remaining balances; none for a guest. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context?.actor_id
  if (!customerId) {
    return res.json({ sales_agreements: [], count: 0 })
  }
  const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const agreements = await service.listAgreementsWithBalances({
    customer_id: customerId,
    status: "effective",
    valid_at: new Date(),
  })
  res.json({ sales_agreements: agreements.map((a) => formatStoreAgreement(a)), count: agreements.length })
}
