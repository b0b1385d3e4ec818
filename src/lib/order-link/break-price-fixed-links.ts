import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateOrderLineMetadata } from "./update-order-line-metadata"
import { toDecimal } from "../../domain/money/decimal"
import { SALES_AGREEMENT_MODULE } from "../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../modules/sales-agreement/service"
import { decimalString } from "../../utils/decimals"
import { LineMetadataKey, metadataPatch, stripAgreementLineMetadata } from "../cart-pricing"

/**
 * "Price and discount is fixed" (SPEC §5): an order line whose price was
 * changed (an order edit) while its commitment is price-fixed loses its link
 * and stops contributing. Returns the unlinked line ids.
 */
export async function breakPriceFixedLinks(container: MedusaContainer, orderId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.unit_price", "items.metadata"], filters: { id: orderId } })
  const items = ((data[0] as any)?.items ?? []).filter((i: any) => i.metadata?.[LineMetadataKey.AGREEMENT_LINE_ID])
  if (!items.length) return []
  const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
  const [agreement] = await service.listAgreementsWithBalances({ id: items[0].metadata[LineMetadataKey.AGREEMENT_ID] })
  const fixed = new Set((agreement?.lines ?? []).filter((l) => l.price_fixed).map((l) => l.id))
  const entries = (await service.listSalesAgreementLedgerEntries({ order_id: orderId, kind: "ordered" })) as any[]
  const broken = items.filter((i: any) => {
    if (!fixed.has(i.metadata[LineMetadataKey.AGREEMENT_LINE_ID])) return false
    const e = entries.find((x) => x.order_line_item_id === i.id)
    if (!e) return false
    const q = toDecimal(decimalString(e.raw_quantity?.value ?? e.quantity))
    if (q.isZero()) return false
    const agreed = toDecimal(decimalString(e.raw_amount?.value ?? e.amount)).div(q)
    return !agreed.eq(toDecimal(decimalString(i.unit_price)))
  })
  if (!broken.length) return []
  await updateOrderLineMetadata(
    container,
    broken.map((i: any) => ({
      id: i.id,
      metadata: metadataPatch(i.metadata, {
        ...stripAgreementLineMetadata(i.metadata),
        [LineMetadataKey.UNLINKED_REASON]: { code: "price_fixed_changed", message: "The price of a price-fixed commitment line was changed" },
      }),
    }))
  )
  return broken.map((i: any) => i.id)
}
