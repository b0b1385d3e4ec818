import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { usePurchaseOrders } from "../../../hooks/api/purchase-orders"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { errorMessage } from "../../../lib/errors"
import { formatDate } from "../../../lib/format"
import type { PurchaseOrderStatus } from "../../../types/special-orders"
import { ListSelect } from "./list-select"
import { Pagination } from "./pagination"
import { PurchaseOrderStatusBadge } from "./special-order-badges"
import { KIND_LABELS, PURCHASE_ORDER_STATUS_LABELS, PURCHASE_ORDER_STATUSES } from "./special-order-format"

const PAGE_SIZE = 20

/** Purchase orders, newest first; a row opens the PO. */
export const PurchaseOrdersSection = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState<PurchaseOrderStatus>()
  const [pageIndex, setPageIndex] = useState(0)
  const q = useDebouncedValue(search.trim())

  useEffect(() => setPageIndex(0), [q, status])

  const { purchase_orders = [], count = 0, isLoading, isError, error } = usePurchaseOrders(
    {
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
      ...(q ? { q } : {}),
      ...(status ? { status } : {}),
    },
    { placeholderData: keepPreviousData }
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Purchase orders</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Created by carrying out the worksheet; send them to the vendor, then receive the goods.
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <div className="w-full md:w-[220px]">
          <Input
            type="search"
            size="small"
            placeholder="Search number"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            aria-label="Search purchase orders"
          />
        </div>
        <div className="w-full md:w-[200px]">
          <ListSelect
            label="Filter by status"
            value={status}
            onChange={(v) => setStatus(v as PurchaseOrderStatus | undefined)}
            noneLabel="All statuses"
            options={PURCHASE_ORDER_STATUSES.map((s) => ({ value: s, label: PURCHASE_ORDER_STATUS_LABELS[s] }))}
          />
        </div>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : !purchase_orders.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          {isLoading ? "Loading…" : "No purchase orders match."}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Number</Table.HeaderCell>
                <Table.HeaderCell>Vendor</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Kind</Table.HeaderCell>
                <Table.HeaderCell>Due date</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Lines</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {purchase_orders.map((po) => (
                <Table.Row
                  key={po.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/special-orders/purchase-orders/${po.id}`)}
                >
                  <Table.Cell className="font-medium">{po.number}</Table.Cell>
                  <Table.Cell>{po.vendor?.name ?? po.vendor_id}</Table.Cell>
                  <Table.Cell>
                    <PurchaseOrderStatusBadge status={po.status} />
                  </Table.Cell>
                  <Table.Cell>{KIND_LABELS[po.kind] ?? po.kind}</Table.Cell>
                  <Table.Cell>{formatDate(po.due_date)}</Table.Cell>
                  <Table.Cell className="text-right">{po.lines?.length ?? 0}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pagination count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPage={setPageIndex} />
        </>
      )}
    </Container>
  )
}
