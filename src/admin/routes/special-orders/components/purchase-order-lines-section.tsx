import { Container, Heading, StatusBadge, Table, Text, Tooltip } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatDateTime, formatDecimal } from "../../../lib/format"
import type { AdminPurchaseOrder } from "../../../types/special-orders"

/** The PO's lines, each bound to its sales order line, with what was received so far and the receipts. */
export const PurchaseOrderLinesSection = ({ po }: { po: AdminPurchaseOrder }) => {
  const receipts = po.metadata?.receipts ?? []
  const lineNumbers = new Map(po.lines.map((l) => [l.id, l.line_number]))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Lines</Heading>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>Vendor SKU</Table.HeaderCell>
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Ordered</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Received</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell>Sales order</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {po.lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>{l.line_number}</Table.Cell>
                <Table.Cell>{l.vendor_sku || "-"}</Table.Cell>
                <Table.Cell>{l.title || "-"}</Table.Cell>
                <Table.Cell className="text-right">{l.quantity}</Table.Cell>
                <Table.Cell className="text-right">{l.quantity_received}</Table.Cell>
                <Table.Cell className="text-right">{formatDecimal(l.unit_cost, po.currency_code)}</Table.Cell>
                <Table.Cell>{formatDate(l.due_date)}</Table.Cell>
                <Table.Cell>
                  <Link to={`/orders/${l.order_id}`} className="text-ui-fg-interactive font-mono text-xs hover:underline">
                    {l.order_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  {l.flagged ? (
                    <Tooltip content={l.flag_reason ?? "Flagged"}>
                      <StatusBadge color="red">Flagged</StatusBadge>
                    </Tooltip>
                  ) : l.quantity_received >= l.quantity ? (
                    <StatusBadge color="green">Received</StatusBadge>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {po.lines.some((l) => l.flagged) && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          Flagged lines belong to a canceled sales order: settle them with the vendor. Received goods on them do not mark
          the sales line ready to fulfil.
        </Text>
      )}
      {receipts.length > 0 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">
            Receipts
          </Text>
          <ul className="txt-compact-small text-ui-fg-subtle flex flex-col gap-y-1">
            {receipts.map((r, i) => (
              <li key={i}>
                {formatDateTime(r.received_at)}:{" "}
                {r.lines.map((rl) => `line ${lineNumbers.get(rl.id) ?? rl.id} × ${rl.quantity}`).join(", ")}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Container>
  )
}
