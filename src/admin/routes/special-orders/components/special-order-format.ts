import type {
  AdminAddress,
  PurchaseOrderKind,
  PurchaseOrderStatus,
  PurchasingCodeKind,
  RequisitionLineStatus,
} from "../../../types/special-orders"

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  draft: "Draft",
  sent: "Sent",
  acknowledged: "Acknowledged",
  partially_received: "Partially received",
  received: "Received",
  canceled: "Canceled",
}

export const PURCHASE_ORDER_STATUS_COLORS: Record<PurchaseOrderStatus, BadgeColor> = {
  draft: "grey",
  sent: "blue",
  acknowledged: "purple",
  partially_received: "orange",
  received: "green",
  canceled: "red",
}

export const REQUISITION_STATUS_LABELS: Record<RequisitionLineStatus, string> = {
  open: "Open",
  carried_out: "Carried out",
  canceled: "Canceled",
}

export const REQUISITION_STATUS_COLORS: Record<RequisitionLineStatus, BadgeColor> = {
  open: "blue",
  carried_out: "green",
  canceled: "red",
}

export const KIND_LABELS: Record<PurchasingCodeKind | PurchaseOrderKind, string> = {
  special_order: "Special order",
  drop_shipment: "Drop shipment",
}

export const PURCHASE_ORDER_STATUSES = Object.keys(PURCHASE_ORDER_STATUS_LABELS) as PurchaseOrderStatus[]
export const REQUISITION_STATUSES = Object.keys(REQUISITION_STATUS_LABELS) as RequisitionLineStatus[]
export const KINDS = Object.keys(KIND_LABELS) as PurchasingCodeKind[]

/**
 * What the admin may do with a PO in each status; the server enforces the same machine (400
 * PURCHASE_ORDER_TRANSITION_NOT_ALLOWED otherwise), this only decides which buttons to show.
 */
export const PURCHASE_ORDER_ACTIONS_BY_STATUS: Record<PurchaseOrderStatus, ("send" | "receive" | "cancel")[]> = {
  draft: ["send", "cancel"],
  sent: ["send", "receive", "cancel"],
  acknowledged: ["send", "receive", "cancel"],
  partially_received: ["receive"],
  received: [],
  canceled: [],
}

/** An address on several lines, skipping what is empty. */
export const addressLines = (address?: AdminAddress | null): string[] => {
  if (!address) return []
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(" ")
  return [
    address.name,
    address.company,
    name,
    address.address_1,
    address.address_2,
    cityLine,
    address.province,
    address.country_code?.toUpperCase(),
    address.phone,
  ].filter((l): l is string => !!l && l.trim() !== "")
}
