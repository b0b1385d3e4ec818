import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LineMetadataKey, metadataPatch, stripAgreementLineMetadata } from "../../../lib/cart-pricing"
import { updateOrderLineMetadata } from "../../../lib/order-link/update-order-line-metadata"
import { SalesAgreementErrorCode } from "../../../utils/errors"

export const unlinkOrderLinesStepId = "unlink-order-lines"

export type UnlinkOrderLinesStepInput = { order_id: string; item_ids: string[]; reason: string }

/**
 * This step removes the agreement link from order lines (they stop counting
 * toward their commitments) and returns the trade price each line was priced
 * against; compensation restores the metadata.
 */
export const unlinkOrderLinesStep = createStep(
  unlinkOrderLinesStepId,
  async (input: UnlinkOrderLinesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "items.id", "items.metadata", "items.detail.quantity"],
      filters: { id: input.order_id },
    })
    const order = data[0] as any
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    const items = (order.items ?? []) as any[]
    const missing = input.item_ids.filter((id) => !items.some((i) => i.id === id))
    const unlinked = input.item_ids.filter((id) => items.some((i) => i.id === id && !i.metadata?.[LineMetadataKey.AGREEMENT_LINE_ID]))
    if (missing.length || unlinked.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        [
          missing.length ? `item_ids: not lines of order (${input.order_id}): ${missing.join(", ")}` : "",
          unlinked.length ? `item_ids: not linked to a sales agreement: ${unlinked.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("; "),
        SalesAgreementErrorCode.INVALID
      )
    }
    const chosen = items.filter((i) => input.item_ids.includes(i.id))
    await updateOrderLineMetadata(
      container,
      chosen.map((i) => ({
        id: i.id,
        metadata: metadataPatch(i.metadata, {
          ...stripAgreementLineMetadata(i.metadata),
          [LineMetadataKey.UNLINKED_REASON]: { code: input.reason, message: "Unlinked from the sales agreement by an admin" },
        }),
      }))
    )
    return new StepResponse(
      chosen.map((i) => ({ id: i.id, quantity: Number(i.detail?.quantity ?? 0), trade_unit_price: i.metadata?.[LineMetadataKey.TRADE_UNIT_PRICE] ?? null })),
      chosen.map((i) => ({ id: i.id, metadata: i.metadata }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await updateOrderLineMetadata(container, before.map((b) => ({ id: b.id, metadata: b.metadata ?? {} })))
  }
)
