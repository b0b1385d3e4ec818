import { Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { formatDate } from "../../../lib/format"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"
import { ConfirmationBadge } from "./confirmation-badge"
import { SalesAgreementStatusBadge } from "./sales-agreement-status-badge"

/** One page of agreements; a row opens the agreement. */
export const SalesAgreementsTable = ({
  agreements,
  isLoading,
}: {
  agreements: AdminSalesAgreement[]
  isLoading: boolean
}) => {
  const navigate = useNavigate()

  if (!agreements.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        {isLoading ? "Loading…" : "No sales agreements match."}
      </Text>
    )
  }

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Number</Table.HeaderCell>
          <Table.HeaderCell>Title</Table.HeaderCell>
          <Table.HeaderCell>Customer</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Validity</Table.HeaderCell>
          <Table.HeaderCell>Currency</Table.HeaderCell>
          <Table.HeaderCell>Confirmation</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {agreements.map((a) => (
          <Table.Row
            key={a.id}
            className="cursor-pointer"
            onClick={() => navigate(`/sales-agreements/${a.id}`)}
          >
            <Table.Cell className="font-medium">{a.number}</Table.Cell>
            <Table.Cell>{a.title || "-"}</Table.Cell>
            <Table.Cell className="font-mono text-xs">{a.customer_id}</Table.Cell>
            <Table.Cell>
              <SalesAgreementStatusBadge agreement={a} />
            </Table.Cell>
            <Table.Cell>
              {formatDate(a.effective_date)} – {formatDate(a.expiration_date)}
            </Table.Cell>
            <Table.Cell>{a.currency_code?.toUpperCase()}</Table.Cell>
            <Table.Cell>
              <ConfirmationBadge agreement={a} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
