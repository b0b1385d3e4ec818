import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isAgreementApplicable } from "../../../domain/agreements/status-transitions"
import { LineMetadataKey } from "../../../lib/cart-pricing"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"
import { SalesAgreementErrorCode } from "../../../utils/errors"

/**
 * `POST /admin/orders/:id` changing `metadata.requested_ship_date` to a date
 * outside the agreement's validity while lines are still linked answers 400:
 * unlink them first (SPEC §4, "Modifying sales orders").
 */
export async function guardRequestedShipDate(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const requested = (req.validatedBody as any)?.metadata?.requested_ship_date ?? (req.body as any)?.metadata?.requested_ship_date
  if (!requested) return next()
  const date = new Date(requested)
  if (Number.isNaN(date.getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "metadata.requested_ship_date: must be an ISO 8601 date", SalesAgreementErrorCode.INVALID)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata", "items.id", "items.metadata"], filters: { id: req.params.id } })
  const order = data[0] as any
  const linked = (order?.items ?? []).filter((i: any) => i.metadata?.[LineMetadataKey.AGREEMENT_LINE_ID])
  const agreementId = order?.metadata?.sales_agreement_id
  if (!linked.length || !agreementId) return next()
  const [agreement] = await req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).listAgreementsWithBalances({ id: agreementId })
  if (agreement && !isAgreementApplicable({ ...agreement, status: "effective" }, date)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `metadata.requested_ship_date: ${date.toISOString()} is outside sales agreement (${agreement.number}) validity ${agreement.effective_date.toISOString()} – ${agreement.expiration_date.toISOString()}; unlink lines ${linked.map((i: any) => i.id).join(", ")} first (POST /admin/orders/${order.id}/sales-agreement/unlink)`,
      SalesAgreementErrorCode.NOT_APPLICABLE
    )
  }
  next()
}
