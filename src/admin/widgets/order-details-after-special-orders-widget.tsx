import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  useOrderSpecialOrderState,
  usePurchasingCodes,
  useSetOrderLinePurchasingCode,
} from "../hooks/api/special-orders"
import { errorMessage } from "../lib/errors"
import { ListSelect } from "../routes/special-orders/components/list-select"
import { PurchaseOrderStatusBadge, RequisitionStatusBadge } from "../routes/special-orders/components/special-order-badges"
import { KIND_LABELS } from "../routes/special-orders/components/special-order-format"
import type { OrderSpecialOrderItem } from "../types/special-orders"

const CODE_LIMIT = 200

/** The PO line that currently carries the order line: the latest one not on a canceled PO, else the latest. */
const currentPurchaseOrderLine = (item: OrderSpecialOrderItem) => {
  const lines = item.detail?.purchase_order_lines ?? []
  return [...lines].reverse().find((l) => l.purchase_order?.status !== "canceled") ?? lines[lines.length - 1]
}

/**
 * Each line's special-order state — purchase request, purchase order, received quantity, ready to
 * fulfil — read through the plugin's read-only links, and the line's purchasing code, which an admin
 * may set while the line is on no purchase order (a line whose item is reserved answers 409).
 */
const OrderSpecialOrdersWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { order: state, isLoading, isError, error } = useOrderSpecialOrderState(order.id)
  const { purchasing_codes = [] } = usePurchasingCodes({ limit: CODE_LIMIT })
  const { mutateAsync, isPending, variables } = useSetOrderLinePurchasingCode(order.id)
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({})
  const canceled = (state?.status ?? order.status) === "canceled"
  const items = state?.items ?? []

  const setCode = async (item: OrderSpecialOrderItem, purchasing_code_id: string | null) => {
    setLineErrors(({ [item.id]: _, ...rest }) => rest)
    try {
      const { requisition_line } = await mutateAsync({ item_id: item.id, purchasing_code_id })
      toast.success(
        requisition_line
          ? `${item.title ?? item.id}: purchase request ${requisition_line.status === "open" ? "on the worksheet" : requisition_line.status}`
          : `${item.title ?? item.id}: not special-ordered`
      )
    } catch (e) {
      const message = errorMessage(e)
      setLineErrors((errors) => ({ ...errors, [item.id]: message }))
      toast.error(message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Special orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Lines bought from a vendor for this order. A line's purchasing code can change until it is on a purchase
            order; “Default” uses the variant's.
          </Text>
        </div>
        <Link to="/special-orders" className="text-ui-fg-interactive txt-compact-small hover:underline">
          Worksheet
        </Link>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : !items.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Loading…" : "This order has no lines."}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Line</Table.HeaderCell>
                <Table.HeaderCell className="min-w-[150px]">Purchasing code</Table.HeaderCell>
                <Table.HeaderCell>Request</Table.HeaderCell>
                <Table.HeaderCell>Purchase order</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Received</Table.HeaderCell>
                <Table.HeaderCell>Fulfilment</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((item) => {
                const req = item.requisition_line ?? null
                const pol = currentPurchaseOrderLine(item)
                const onPurchaseOrder = !!pol && pol.purchase_order?.status !== "canceled"
                const meta = item.metadata?.special_order
                const ready = meta?.status === "ready_to_fulfil"
                const busy = isPending && variables?.item_id === item.id
                return (
                  <Table.Row key={item.id}>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <span>{item.title ?? item.id}</span>
                        <span className="text-ui-fg-muted txt-compact-xsmall">
                          {item.variant_sku ? `${item.variant_sku} · ` : ""}× {item.quantity}
                        </span>
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex max-w-[240px] flex-col gap-y-1">
                        <ListSelect
                          label={`Purchasing code of ${item.title ?? item.id}`}
                          value={req && req.status !== "canceled" ? req.purchasing_code_id ?? undefined : undefined}
                          onChange={(code) => setCode(item, code ?? null)}
                          noneLabel="Default"
                          disabled={canceled || onPurchaseOrder || busy || !item.variant_id}
                          options={purchasing_codes.map((c) => ({ value: c.id, label: c.code }))}
                        />
                        {lineErrors[item.id] && (
                          <Text size="xsmall" className="text-ui-fg-error max-w-[240px] break-words">
                            {lineErrors[item.id]}
                          </Text>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      {req ? (
                        <div className="flex flex-col gap-y-1">
                          <RequisitionStatusBadge status={req.status} />
                          <span className="text-ui-fg-muted txt-compact-xsmall">
                            {KIND_LABELS[req.kind] ?? req.kind} · {req.action_message}
                          </span>
                        </div>
                      ) : (
                        "-"
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      {pol?.purchase_order ? (
                        <div className="flex flex-col gap-y-1">
                          <Link
                            to={`/special-orders/purchase-orders/${pol.purchase_order.id}`}
                            className="text-ui-fg-interactive hover:underline"
                          >
                            {pol.purchase_order.number}
                          </Link>
                          <PurchaseOrderStatusBadge status={pol.purchase_order.status} />
                        </div>
                      ) : (
                        "-"
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-right">{pol ? `${pol.quantity_received} / ${pol.quantity}` : "-"}</Table.Cell>
                    <Table.Cell>
                      {pol?.flagged ? (
                        <StatusBadge color="red">Flagged</StatusBadge>
                      ) : ready ? (
                        <StatusBadge color="green">Ready to fulfil</StatusBadge>
                      ) : meta?.status === "partially_received" ? (
                        <StatusBadge color="orange">Partially received</StatusBadge>
                      ) : req && req.status !== "canceled" ? (
                        <StatusBadge color="grey">Awaiting goods</StatusBadge>
                      ) : (
                        "-"
                      )}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderSpecialOrdersWidget
