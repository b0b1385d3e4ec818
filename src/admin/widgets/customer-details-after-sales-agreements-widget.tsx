import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useSalesAgreements } from "../hooks/api/sales-agreements"
import { errorMessage } from "../lib/errors"
import { formatDate } from "../lib/format"
import { ConfirmationBadge } from "../routes/sales-agreements/components/confirmation-badge"
import { SalesAgreementStatusBadge } from "../routes/sales-agreements/components/sales-agreement-status-badge"

const LIMIT = 50

/** The customer's sales agreements, each linking to its detail page. */
const CustomerSalesAgreementsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { sales_agreements, count = 0, isLoading, isError, error } = useSalesAgreements({
    customer_id: customer.id,
    limit: LIMIT,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Sales agreements</Heading>
        <Link to="/sales-agreements" className="text-ui-fg-interactive txt-compact-small hover:underline">
          All agreements
        </Link>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : sales_agreements?.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Validity</Table.HeaderCell>
              <Table.HeaderCell>Confirmation</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sales_agreements.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>
                  <Link to={`/sales-agreements/${a.id}`} className="text-ui-fg-interactive hover:underline">
                    {a.number}
                  </Link>
                </Table.Cell>
                <Table.Cell>{a.title || "-"}</Table.Cell>
                <Table.Cell>
                  <SalesAgreementStatusBadge agreement={a} />
                </Table.Cell>
                <Table.Cell>
                  {formatDate(a.effective_date)} – {formatDate(a.expiration_date)}
                </Table.Cell>
                <Table.Cell>
                  <ConfirmationBadge agreement={a} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Loading…" : "This customer has no sales agreements."}
        </Text>
      )}
      {count > LIMIT && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Showing {LIMIT} of {count}.
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerSalesAgreementsWidget
