import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { computeFulfillment } from "../../../../../../../domain/ledger/compute-fulfillment"
import { SALES_AGREEMENT_MODULE } from "../../../../../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../../../../../modules/sales-agreement/service"
import { decimalString } from "../../../../../../../utils/decimals"
import { SalesAgreementErrorCode } from "../../../../../../../utils/errors"

/** The ledger of one commitment: every movement with its order and order line, newest first, plus the figures. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const [agreement] = await service.listAgreementsWithBalances({ id: req.params.id })
  const line = agreement?.lines.find((l) => l.id === req.params.line_id)
  if (!line) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      agreement
        ? `Commitment with id: ${req.params.line_id} was not found on sales agreement (${req.params.id})`
        : `Sales agreement with id: ${req.params.id} was not found`,
      agreement ? SalesAgreementErrorCode.LINE_NOT_FOUND : SalesAgreementErrorCode.NOT_FOUND
    )
  }
  const { skip = 0, take = 50 } = req.queryConfig?.pagination ?? {}
  const [entries, count] = await service.listAndCountSalesAgreementLedgerEntries(
    { sales_agreement_line_id: line.id },
    { skip, take, order: { created_at: "DESC" } }
  )
  const orderIds = [...new Set(entries.map((e) => e.order_id).filter((id): id is string => !!id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", "status", "created_at", "items.id", "items.title", "items.variant_sku", "items.detail.quantity", "items.unit_price"],
        filters: { id: orderIds },
      })
    : { data: [] as any[] }
  const orderById = new Map<string, any>(orders.map((o: any) => [o.id, o] as [string, any]))
  res.json({
    commitment: { id: line.id, line_number: line.line_number, commitment_type: line.commitment_type, fulfillment: computeFulfillment(line) },
    entries: entries.map((e: any) => {
      const order = e.order_id ? orderById.get(e.order_id) : null
      const item = order?.items?.find((i: any) => i.id === e.order_line_item_id) ?? null
      return {
        id: e.id,
        kind: e.kind,
        quantity: decimalString(e.raw_quantity?.value ?? e.quantity),
        amount: decimalString(e.raw_amount?.value ?? e.amount),
        currency_code: e.currency_code,
        created_at: e.created_at,
        pending: !e.order_id,
        cart_id: e.cart_id,
        return_id: e.return_id,
        order: order ? { id: order.id, display_id: order.display_id, status: order.status } : e.order_id ? { id: e.order_id } : null,
        order_line_item: item
          ? { id: item.id, title: item.title, variant_sku: item.variant_sku, quantity: item.detail?.quantity ?? null, unit_price: item.unit_price }
          : e.order_line_item_id ? { id: e.order_line_item_id } : null,
        metadata: e.metadata,
      }
    }),
    count,
    offset: skip,
    limit: take,
  })
}
