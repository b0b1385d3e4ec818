import { Button, Drawer, Input, Table, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useReceivePurchaseOrder } from "../../../hooks/api/purchase-orders"
import { toastError } from "../../../lib/errors"
import type { AdminPurchaseOrder } from "../../../types/special-orders"

const remaining = (l: AdminPurchaseOrder["lines"][number]) => Math.max(0, l.quantity - l.quantity_received)

/** Quantities received now, one input per line (pre-filled with what is still expected); empty or 0 skips a line. */
const initialQuantities = (po: AdminPurchaseOrder): Record<string, string> =>
  Object.fromEntries(po.lines.map((l) => [l.id, String(remaining(l))]))

/**
 * Receives goods against the PO, in part or in full. The server checks every quantity (whole, > 0, at
 * most what is still expected) and reports all problems at once, naming each line.
 */
export const ReceivePurchaseOrderDrawer = ({ po }: { po: AdminPurchaseOrder }) => {
  const [open, setOpen] = useState(false)
  const [quantities, setQuantities] = useState<Record<string, string>>(() => initialQuantities(po))
  const { mutateAsync, isPending } = useReceivePurchaseOrder(po.id)

  const onOpenChange = (next: boolean) => {
    if (next) setQuantities(initialQuantities(po))
    setOpen(next)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const lines = po.lines
      .map((l) => ({ id: l.id, raw: (quantities[l.id] ?? "").trim() }))
      .filter(({ raw }) => raw !== "" && raw !== "0")
      .map(({ id, raw }) => ({ id, quantity: Number(raw) }))
    if (!lines.length) {
      toast.error("Enter the quantity received on at least one line")
      return
    }
    try {
      const { purchase_order, received } = await mutateAsync({ lines })
      const ready = received.filter((r) => r.ready_to_fulfil).length
      toast.success(
        `${purchase_order.number}: received on ${received.length} line${received.length === 1 ? "" : "s"}`,
        ready ? { description: `${ready} sales line${ready === 1 ? " is" : "s are"} ready to fulfil` } : undefined
      )
      setOpen(false)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Receive
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Receive {po.number}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle">
              Quantities received now. Received lines mark their sales order lines ready to fulfil.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto p-0">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>#</Table.HeaderCell>
                  <Table.HeaderCell>Item</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Expected</Table.HeaderCell>
                  <Table.HeaderCell className="w-[120px]">Receive</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {po.lines.map((l) => (
                  <Table.Row key={l.id}>
                    <Table.Cell>{l.line_number}</Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col">
                        <span>{l.title ?? "-"}</span>
                        <span className="text-ui-fg-muted txt-compact-xsmall">{l.vendor_sku ?? ""}</span>
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      {remaining(l)} of {l.quantity}
                    </Table.Cell>
                    <Table.Cell>
                      <Input
                        size="small"
                        inputMode="numeric"
                        aria-label={`Quantity received on line ${l.line_number}`}
                        value={quantities[l.id] ?? ""}
                        disabled={remaining(l) === 0}
                        onChange={(e) => setQuantities((q) => ({ ...q, [l.id]: e.target.value }))}
                      />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Receive
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
