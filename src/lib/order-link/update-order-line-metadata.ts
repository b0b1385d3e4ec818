import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Order lines expose `metadata` from the order item (detail) when it has one,
 * else from the line item: both are written so the change shows either way.
 */
export async function updateOrderLineMetadata(
  container: MedusaContainer,
  updates: { id: string; metadata: Record<string, unknown> }[]
): Promise<void> {
  if (!updates.length) return
  const orderModule = container.resolve(Modules.ORDER) as any
  await orderModule.updateOrderLineItems(updates.map((u) => ({ selector: { id: u.id }, data: { metadata: u.metadata } })))
  await orderModule.updateOrderItem(updates.map((u) => ({ selector: { item_id: u.id }, data: { metadata: u.metadata } })))
}
