import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatDateTime } from "../../../lib/format"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"
import { ConfirmationBadge } from "./confirmation-badge"
import { ConfirmSalesAgreementButton } from "./confirm-sales-agreement-button"
import { DeleteSalesAgreementButton } from "./delete-sales-agreement-button"
import { EditSalesAgreementDrawer } from "./edit-sales-agreement-drawer"
import { SalesAgreementStatusActions } from "./sales-agreement-status-actions"
import { SalesAgreementStatusBadge } from "./sales-agreement-status-badge"
import { SectionRow } from "./section-row"

/** Header of the agreement: identity, status, actions and terms. */
export const SalesAgreementGeneralSection = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const closed = agreement.status === "closed"

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>{agreement.number}</Heading>
          {agreement.title && (
            <Text size="small" className="text-ui-fg-subtle">
              {agreement.title}
            </Text>
          )}
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <SalesAgreementStatusBadge agreement={agreement} />
            <ConfirmationBadge agreement={agreement} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <SalesAgreementStatusActions agreement={agreement} />
          {!closed && <EditSalesAgreementDrawer agreement={agreement} />}
          {agreement.status === "draft" && <DeleteSalesAgreementButton agreement={agreement} />}
          {!closed && <ConfirmSalesAgreementButton agreement={agreement} />}
        </div>
      </div>
      <SectionRow label="Customer">
        <Link to={`/customers/${agreement.customer_id}`} className="text-ui-fg-interactive hover:underline">
          {agreement.customer_id}
        </Link>
      </SectionRow>
      <SectionRow label="Currency">{agreement.currency_code?.toUpperCase()}</SectionRow>
      <SectionRow label="Validity">
        {formatDate(agreement.effective_date)} – {formatDate(agreement.expiration_date)}
      </SectionRow>
      <SectionRow label="Payment terms">{agreement.payment_terms || "-"}</SectionRow>
      <SectionRow label="Delivery terms">{agreement.delivery_terms || "-"}</SectionRow>
      <SectionRow label="Applies automatically">{agreement.auto_apply ? "Yes" : "No"}</SectionRow>
      {agreement.dimensions && Object.keys(agreement.dimensions).length > 0 && (
        <SectionRow label="Dimensions">
          {Object.entries(agreement.dimensions)
            .map(([k, v]) => `${k}: ${v}`)
            .join("\n")}
        </SectionRow>
      )}
      <SectionRow label="Last updated">{formatDateTime(agreement.updated_at)}</SectionRow>
    </Container>
  )
}
