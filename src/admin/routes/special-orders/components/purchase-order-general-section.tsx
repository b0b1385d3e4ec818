import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { purchaseOrderDocumentUrl } from "../../../hooks/api/purchase-orders"
import { formatDate, formatDateTime } from "../../../lib/format"
import type { AdminPurchaseOrder } from "../../../types/special-orders"
import { SectionRow } from "../../sales-agreements/components/section-row"
import { PurchaseOrderActions } from "./purchase-order-actions"
import { PurchaseOrderStatusBadge } from "./special-order-badges"
import { addressLines, KIND_LABELS } from "./special-order-format"

const DocumentLink = ({ href, children }: { href: string; children: string }) => (
  <a
    href={href}
    target="_blank"
    rel="noopener noreferrer"
    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1"
  >
    {children}
    <ArrowUpRightOnBox />
  </a>
)

/** Header of a purchase order: status, actions, vendor, ship-to, dates, shipment and the vendor link's state. */
export const PurchaseOrderGeneralSection = ({ po }: { po: AdminPurchaseOrder }) => {
  const access = po.vendor_access
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading>{po.number}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {KIND_LABELS[po.kind] ?? po.kind} · {po.currency_code.toUpperCase()}
          </Text>
          <div className="mt-1">
            <PurchaseOrderStatusBadge status={po.status} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <PurchaseOrderActions po={po} />
        </div>
      </div>
      <SectionRow label="Vendor">
        <Link to={`/special-orders/vendors/${po.vendor_id}`} className="text-ui-fg-interactive hover:underline">
          {po.vendor?.name ?? po.vendor_id}
        </Link>
        {po.vendor?.email ? ` · ${po.vendor.email}` : ""}
      </SectionRow>
      <SectionRow label={po.kind === "drop_shipment" ? "Ship to (customer)" : "Ship to"}>
        {addressLines(po.ship_to).join("\n") || "-"}
      </SectionRow>
      {po.order_id && (
        <SectionRow label="Sales order">
          <Link to={`/orders/${po.order_id}`} className="text-ui-fg-interactive font-mono text-xs hover:underline">
            {po.order_id}
          </Link>
        </SectionRow>
      )}
      <SectionRow label="Due date">{formatDate(po.due_date)}</SectionRow>
      <SectionRow label="Expected ship date">{formatDate(po.expected_ship_date)}</SectionRow>
      <SectionRow label="Carrier / tracking">
        {po.carrier || po.tracking_number ? `${po.carrier ?? "-"} · ${po.tracking_number ?? "-"}` : "-"}
      </SectionRow>
      <SectionRow label="Vendor link">
        {access?.active ? (
          <StatusBadge color="green">Active until {formatDateTime(access.expires_at)}</StatusBadge>
        ) : po.status === "draft" ? (
          <StatusBadge color="grey">Not sent yet</StatusBadge>
        ) : (
          <StatusBadge color="orange">Expired{access?.expires_at ? ` ${formatDateTime(access.expires_at)}` : ""}: resend to issue a new one</StatusBadge>
        )}
      </SectionRow>
      <SectionRow label="History">
        {[
          ["Created", po.created_at],
          ["Sent", po.sent_at],
          ["Acknowledged", po.acknowledged_at],
          ["Shipped", po.shipped_at],
          ["Received", po.received_at],
          ["Canceled", po.canceled_at],
        ]
          .filter(([, at]) => !!at)
          .map(([label, at]) => `${label}: ${formatDateTime(at)}`)
          .join("\n") || "-"}
      </SectionRow>
      <SectionRow label="Document">
        <div className="flex items-center gap-x-4">
          <DocumentLink href={purchaseOrderDocumentUrl(po.id)}>HTML</DocumentLink>
          <DocumentLink href={purchaseOrderDocumentUrl(po.id, "pdf")}>PDF</DocumentLink>
        </div>
      </SectionRow>
    </Container>
  )
}
