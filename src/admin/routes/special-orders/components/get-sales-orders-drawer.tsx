import { Button, Drawer, Input, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useGetSalesOrders } from "../../../hooks/api/special-orders"
import { toastError } from "../../../lib/errors"
import type { AdminGetSalesOrdersPayload } from "../../../types/special-orders"
import { FormField } from "../../sales-agreements/components/form-field"

const empty = { order_id: "", from: "", to: "" }

/** "Get sales orders": pulls special-order lines not yet on the worksheet, for one order, a date range, or all. */
export const GetSalesOrdersDrawer = () => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState(empty)
  const { mutateAsync, isPending } = useGetSalesOrders()

  const onOpenChange = (next: boolean) => {
    if (next) setValues(empty)
    setOpen(next)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const payload: AdminGetSalesOrdersPayload = {
      ...(values.order_id.trim() ? { order_id: values.order_id.trim() } : {}),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
    }
    try {
      const { count, already_on_worksheet } = await mutateAsync(payload)
      toast.success(
        `${count} line${count === 1 ? "" : "s"} added to the worksheet` +
          (already_on_worksheet ? `, ${already_on_worksheet} already on it` : "")
      )
      setOpen(false)
    } catch (error) {
      toastError(error)
    }
  }

  const text = (field: keyof typeof empty) => ({
    id: `gso-${field}`,
    value: values[field],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Get sales orders
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Get sales orders</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle">
              Adds the special-order and drop-shipment lines of placed orders that are not on the worksheet yet.
                Leave everything empty to read every placed order.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField id="gso-order_id" label="Order ID" optional>
              <Input {...text("order_id")} placeholder="order_..." />
            </FormField>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <FormField id="gso-from" label="Placed from" optional>
                <Input {...text("from")} type="date" />
              </FormField>
              <FormField id="gso-to" label="Placed until" optional hint="The whole day is included">
                <Input {...text("to")} type="date" />
              </FormField>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Get sales orders
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
