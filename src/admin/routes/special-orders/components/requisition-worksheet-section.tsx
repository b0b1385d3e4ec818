import { Button, Checkbox, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { useCarryOutRequisitionLines, useRequisitionLines, useVendors } from "../../../hooks/api/special-orders"
import { errorMessage, toastError } from "../../../lib/errors"
import { formatDate, formatDecimal } from "../../../lib/format"
import type { PurchasingCodeKind, RequisitionLineStatus } from "../../../types/special-orders"
import { EditRequisitionLineDrawer } from "./edit-requisition-line-drawer"
import { GetSalesOrdersDrawer } from "./get-sales-orders-drawer"
import { ListSelect } from "./list-select"
import { Pagination } from "./pagination"
import { RequisitionStatusBadge } from "./special-order-badges"
import { KIND_LABELS, KINDS, REQUISITION_STATUS_LABELS, REQUISITION_STATUSES } from "./special-order-format"

const PAGE_SIZE = 50
const VENDOR_LIMIT = 200

/**
 * The requisition worksheet: purchase requests raised by placed orders. "Get sales orders" pulls in
 * lines not on it yet; "Carry out" turns the selected open lines (or all open ones) into draft POs.
 */
export const RequisitionWorksheetSection = () => {
  const prompt = usePrompt()
  const [status, setStatus] = useState<RequisitionLineStatus | undefined>("open")
  const [vendorId, setVendorId] = useState<string>()
  const [kind, setKind] = useState<PurchasingCodeKind>()
  const [pageIndex, setPageIndex] = useState(0)
  const [selected, setSelected] = useState<Set<string>>(new Set())

  useEffect(() => {
    setPageIndex(0)
    setSelected(new Set())
  }, [status, vendorId, kind])

  const { vendors = [] } = useVendors({ limit: VENDOR_LIMIT, fields: "id,name,currency_code" })
  const vendorNames = useMemo(() => new Map(vendors.map((v) => [v.id, v.name])), [vendors])
  const { requisition_lines = [], count = 0, isLoading, isError, error } = useRequisitionLines(
    {
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
      order: "-created_at",
      ...(status ? { status } : {}),
      ...(vendorId ? { vendor_id: vendorId } : {}),
      ...(kind ? { kind } : {}),
    },
    { placeholderData: keepPreviousData }
  )
  const { mutateAsync: carryOut, isPending: carrying } = useCarryOutRequisitionLines()

  const openLines = requisition_lines.filter((l) => l.status === "open")
  const allSelected = openLines.length > 0 && openLines.every((l) => selected.has(l.id))
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s)
      on ? next.add(id) : next.delete(id)
      return next
    })
  const toggleAll = (on: boolean) => setSelected(on ? new Set(openLines.map((l) => l.id)) : new Set())

  const onCarryOut = async () => {
    const ids = [...selected]
    if (!ids.length) {
      const ok = await prompt({
        title: "Carry out all open lines?",
        description:
          "Every open requisition line becomes a line of a draft purchase order, one per vendor (and per sales order for drop shipments). Lines without a vendor stop the run: set their vendor first.",
        confirmText: "Carry out",
        cancelText: "Cancel",
      })
      if (!ok) return
    }
    try {
      const { purchase_orders, skipped } = await carryOut(ids)
      setSelected(new Set())
      const created = purchase_orders.map((po) => po.number).join(", ")
      toast.success(
        purchase_orders.length
          ? `Created ${purchase_orders.length} purchase order${purchase_orders.length === 1 ? "" : "s"}: ${created}`
          : "No purchase order created: no open line to carry out",
        skipped.length ? { description: `${skipped.length} line(s) skipped: no longer open` } : undefined
      )
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Requisition worksheet</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Purchase requests of special-order and drop-shipment lines, waiting to be carried out.
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <GetSalesOrdersDrawer />
          <Button size="small" onClick={onCarryOut} isLoading={carrying}>
            {selected.size ? `Carry out ${selected.size} selected` : "Carry out all open"}
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <div className="w-full md:w-[180px]">
          <ListSelect
            label="Filter by status"
            value={status}
            onChange={(v) => setStatus(v as RequisitionLineStatus | undefined)}
            noneLabel="All statuses"
            options={REQUISITION_STATUSES.map((s) => ({ value: s, label: REQUISITION_STATUS_LABELS[s] }))}
          />
        </div>
        <div className="w-full md:w-[220px]">
          <ListSelect
            label="Filter by vendor"
            value={vendorId}
            onChange={setVendorId}
            noneLabel="All vendors"
            options={vendors.map((v) => ({ value: v.id, label: v.name }))}
          />
        </div>
        <div className="w-full md:w-[180px]">
          <ListSelect
            label="Filter by kind"
            value={kind}
            onChange={(v) => setKind(v as PurchasingCodeKind | undefined)}
            noneLabel="All kinds"
            options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          />
        </div>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : !requisition_lines.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          {isLoading ? "Loading…" : "No requisition lines match. Use “Get sales orders” to pull in placed orders."}
        </Text>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>
                    <Checkbox
                      aria-label="Select all open lines"
                      checked={allSelected ? true : selected.size ? "indeterminate" : false}
                      disabled={!openLines.length}
                      onCheckedChange={(c) => toggleAll(c === true)}
                    />
                  </Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell>Action</Table.HeaderCell>
                  <Table.HeaderCell>Kind</Table.HeaderCell>
                  <Table.HeaderCell>Item</Table.HeaderCell>
                  <Table.HeaderCell>Vendor</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
                  <Table.HeaderCell>Due</Table.HeaderCell>
                  <Table.HeaderCell>Sales order</Table.HeaderCell>
                  <Table.HeaderCell>Purchase order</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {requisition_lines.map((line) => (
                  <Table.Row key={line.id}>
                    <Table.Cell>
                      <Checkbox
                        aria-label={`Select requisition line ${line.id}`}
                        checked={selected.has(line.id)}
                        disabled={line.status !== "open"}
                        onCheckedChange={(c) => toggle(line.id, c === true)}
                      />
                    </Table.Cell>
                    <Table.Cell>
                      <RequisitionStatusBadge status={line.status} />
                    </Table.Cell>
                    <Table.Cell>{line.action_message}</Table.Cell>
                    <Table.Cell>{KIND_LABELS[line.kind] ?? line.kind}</Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <span>{line.title ?? "-"}</span>
                        <span className="text-ui-fg-muted txt-compact-xsmall">{line.vendor_sku ?? line.product_variant_id}</span>
                      </div>
                    </Table.Cell>
                    <Table.Cell>
                      {line.vendor_id ? (
                        <Link
                          to={`/special-orders/vendors/${line.vendor_id}`}
                          className="text-ui-fg-interactive hover:underline"
                        >
                          {vendorNames.get(line.vendor_id) ?? line.vendor_id}
                        </Link>
                      ) : (
                        <span className="text-ui-fg-error">No vendor</span>
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                    <Table.Cell className="text-right">{formatDecimal(line.unit_cost, line.currency_code ?? undefined)}</Table.Cell>
                    <Table.Cell>{formatDate(line.due_date)}</Table.Cell>
                    <Table.Cell>
                      <Link to={`/orders/${line.order_id}`} className="text-ui-fg-interactive font-mono text-xs hover:underline">
                        {line.order_id}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      {line.purchase_order_id ? (
                        <Link
                          to={`/special-orders/purchase-orders/${line.purchase_order_id}`}
                          className="text-ui-fg-interactive hover:underline"
                        >
                          Open PO
                        </Link>
                      ) : (
                        "-"
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      {line.status === "open" && <EditRequisitionLineDrawer line={line} vendors={vendors} />}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <Pagination count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPage={setPageIndex} />
        </>
      )}
    </Container>
  )
}
