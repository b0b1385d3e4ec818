import { PencilSquare } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useUpdateRequisitionLine } from "../../../hooks/api/special-orders"
import { toastError } from "../../../lib/errors"
import { toDateInputValue } from "../../../lib/format"
import type { AdminRequisitionLine, AdminUpdateRequisitionLinePayload, AdminVendor } from "../../../types/special-orders"
import { FormField } from "../../sales-agreements/components/form-field"
import { ListSelect } from "./list-select"

interface Values {
  vendor_id?: string
  quantity: string
  due_date: string
  unit_cost: string
}

const valuesFrom = (line: AdminRequisitionLine): Values => ({
  vendor_id: line.vendor_id ?? undefined,
  quantity: String(line.quantity),
  due_date: toDateInputValue(line.due_date),
  unit_cost: line.unit_cost ?? "",
})

/** Only what the admin changed; the API validates the values (whole quantity > 0, decimal cost …). */
const toPayload = (v: Values, initial: Values): AdminUpdateRequisitionLinePayload => {
  const out: AdminUpdateRequisitionLinePayload = {}
  if (v.vendor_id && v.vendor_id !== initial.vendor_id) out.vendor_id = v.vendor_id
  if (v.quantity.trim() !== initial.quantity) out.quantity = Number(v.quantity.trim())
  if (v.due_date && v.due_date !== initial.due_date) out.due_date = v.due_date
  if (v.unit_cost.trim() !== "" && v.unit_cost.trim() !== initial.unit_cost) out.unit_cost = v.unit_cost.trim()
  return out
}

/** Changes an open worksheet line before it is carried out: vendor (its currency follows), quantity, due date, cost. */
export const EditRequisitionLineDrawer = ({ line, vendors }: { line: AdminRequisitionLine; vendors: AdminVendor[] }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(() => valuesFrom(line))
  const { mutateAsync, isPending } = useUpdateRequisitionLine(line.id)
  const change = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))

  const onOpenChange = (next: boolean) => {
    if (next) setValues(valuesFrom(line))
    setOpen(next)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const payload = toPayload(values, valuesFrom(line))
    if (!Object.keys(payload).length) {
      setOpen(false)
      return
    }
    try {
      await mutateAsync(payload)
      toast.success("Requisition line updated")
      setOpen(false)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={`Edit requisition line ${line.id}`}>
          <PencilSquare />
        </IconButton>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Edit requisition line</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle">
              {line.title ?? line.product_variant_id} · order {line.order_id}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField id="reql-vendor" label="Vendor" hint="The line's currency becomes the vendor's">
              <ListSelect
                id="reql-vendor"
                label="Vendor"
                value={values.vendor_id}
                onChange={(vendor_id) => change({ vendor_id })}
                noneLabel="No vendor"
                options={vendors.map((v) => ({ value: v.id, label: `${v.name} (${v.currency_code.toUpperCase()})` }))}
              />
            </FormField>
            <FormField id="reql-quantity" label="Quantity">
              <Input
                id="reql-quantity"
                inputMode="numeric"
                value={values.quantity}
                onChange={(e) => change({ quantity: e.target.value })}
                required
              />
            </FormField>
            <FormField id="reql-due" label="Due date">
              <Input id="reql-due" type="date" value={values.due_date} onChange={(e) => change({ due_date: e.target.value })} />
            </FormField>
            <FormField id="reql-cost" label="Unit cost" optional hint="Exact decimal in the vendor's currency, e.g. 4.125">
              <Input
                id="reql-cost"
                inputMode="decimal"
                value={values.unit_cost}
                onChange={(e) => change({ unit_cost: e.target.value })}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
