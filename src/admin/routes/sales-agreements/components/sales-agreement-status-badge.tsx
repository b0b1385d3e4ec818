import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS } from "../../../lib/format"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"

/** The status as users read it: "Expired" for an effective agreement past its expiration date. */
export const SalesAgreementStatusBadge = ({
  agreement,
}: {
  agreement: Pick<AdminSalesAgreement, "status" | "display_status">
}) => {
  const status = agreement.display_status ?? agreement.status
  return <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{STATUS_LABELS[status] ?? status}</StatusBadge>
}
