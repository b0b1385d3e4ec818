import { StatusBadge } from "@medusajs/ui"
import { CONFIRMATION_COLORS, CONFIRMATION_LABELS } from "../../../lib/format"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"

/** Confirmation state with the last confirmed version, e.g. "Confirmed · v2". */
export const ConfirmationBadge = ({
  agreement,
}: {
  agreement: Pick<AdminSalesAgreement, "confirmation_status" | "current_version">
}) => {
  const status = agreement.confirmation_status ?? "unconfirmed"
  const version = agreement.current_version ? ` · v${agreement.current_version}` : ""
  return (
    <StatusBadge color={CONFIRMATION_COLORS[status] ?? "grey"}>
      {(CONFIRMATION_LABELS[status] ?? status) + version}
    </StatusBadge>
  )
}
