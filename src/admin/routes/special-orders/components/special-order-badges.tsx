import { StatusBadge } from "@medusajs/ui"
import type { PurchaseOrderStatus, RequisitionLineStatus } from "../../../types/special-orders"
import {
  PURCHASE_ORDER_STATUS_COLORS,
  PURCHASE_ORDER_STATUS_LABELS,
  REQUISITION_STATUS_COLORS,
  REQUISITION_STATUS_LABELS,
} from "./special-order-format"

export const PurchaseOrderStatusBadge = ({ status }: { status: PurchaseOrderStatus }) => (
  <StatusBadge color={PURCHASE_ORDER_STATUS_COLORS[status] ?? "grey"}>
    {PURCHASE_ORDER_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)

export const RequisitionStatusBadge = ({ status }: { status: RequisitionLineStatus }) => (
  <StatusBadge color={REQUISITION_STATUS_COLORS[status] ?? "grey"}>{REQUISITION_STATUS_LABELS[status] ?? status}</StatusBadge>
)
