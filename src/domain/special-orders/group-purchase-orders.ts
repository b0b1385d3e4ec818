import type { CarryOutCandidate, PurchasingCodeKind, ShipToAddress } from "./types"

/** One purchase order carry-out will create, with the requisition lines it holds (in line order). */
export interface PurchaseOrderGroup {
  key: string
  vendor_id: string
  kind: PurchasingCodeKind
  /** drop shipment: the sales order whose customer receives the goods */
  order_id: string | null
  ship_to: ShipToAddress | null
  /** earliest due date of its lines */
  due_date: Date | null
  lines: CarryOutCandidate[]
}

const time = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : Number.POSITIVE_INFINITY)

/**
 * Groups requisition lines into purchase orders: one per vendor for special
 * orders (shipping to `warehouse_address`), and one per vendor and sales order
 * for drop shipments (shipping to that order's customer). Lines without a
 * vendor cannot be grouped: the caller refuses them first.
 */
export function groupPurchaseOrders(
  lines: CarryOutCandidate[],
  warehouseAddress: ShipToAddress | null = null
): PurchaseOrderGroup[] {
  const groups = new Map<string, PurchaseOrderGroup>()
  const sorted = [...lines].sort(
    (a, b) => time(a.created_at) - time(b.created_at) || a.order_id.localeCompare(b.order_id) || a.id.localeCompare(b.id)
  )
  for (const line of sorted) {
    if (!line.vendor_id) {
      throw new RangeError(`Requisition line ${line.id} has no vendor`)
    }
    const drop = line.kind === "drop_shipment"
    const key = drop ? `${line.vendor_id}|drop_shipment|${line.order_id}` : `${line.vendor_id}|special_order`
    let group = groups.get(key)
    if (!group) {
      group = {
        key,
        vendor_id: line.vendor_id,
        kind: line.kind,
        order_id: drop ? line.order_id : null,
        ship_to: drop ? line.ship_to ?? null : warehouseAddress,
        due_date: null,
        lines: [],
      }
      groups.set(key, group)
    }
    group.lines.push(line)
    if (line.due_date && time(line.due_date) < time(group.due_date)) {
      group.due_date = new Date(line.due_date)
    }
  }
  return [...groups.values()]
}
