import { PencilSquare, Plus } from "@medusajs/icons"
import { Button, Drawer, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateVendor, useUpdateVendor } from "../../../hooks/api/special-orders"
import { toastError } from "../../../lib/errors"
import type { AdminVendor } from "../../../types/special-orders"
import { VendorFields } from "./vendor-fields"
import {
  emptyVendorValues,
  toVendorPayload,
  toVendorUpdatePayload,
  VendorFormValues,
  vendorValuesFrom,
} from "./vendor-form-values"

const VendorDrawer = ({
  title,
  trigger,
  initial,
  submitLabel,
  onSubmit,
  isPending,
}: {
  title: string
  trigger: JSX.Element
  initial: () => VendorFormValues
  submitLabel: string
  onSubmit: (values: VendorFormValues) => Promise<boolean>
  isPending: boolean
}) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<VendorFormValues>(initial)

  const onOpenChange = (next: boolean) => {
    if (next) setValues(initial())
    setOpen(next)
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (await onSubmit(values)) setOpen(false)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            <VendorFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** "Create vendor": a created vendor opens on its page, where its variants are sourced. */
export const CreateVendorDrawer = () => {
  const navigate = useNavigate()
  const { mutateAsync, isPending } = useCreateVendor()
  return (
    <VendorDrawer
      title="Create vendor"
      submitLabel="Create"
      initial={emptyVendorValues}
      isPending={isPending}
      trigger={
        <Button size="small" variant="secondary">
          <Plus />
          Create vendor
        </Button>
      }
      onSubmit={async (values) => {
        try {
          const { vendor } = await mutateAsync(toVendorPayload(values))
          toast.success(`Vendor ${vendor.name} created`)
          navigate(`/special-orders/vendors/${vendor.id}`)
          return true
        } catch (error) {
          toastError(error)
          return false
        }
      }}
    />
  )
}

/** Edits a vendor; sends only the changed fields. */
export const EditVendorDrawer = ({ vendor }: { vendor: AdminVendor }) => {
  const { mutateAsync, isPending } = useUpdateVendor(vendor.id)
  return (
    <VendorDrawer
      title={`Edit ${vendor.name}`}
      submitLabel="Save"
      initial={() => vendorValuesFrom(vendor)}
      isPending={isPending}
      trigger={
        <Button size="small" variant="secondary">
          <PencilSquare />
          Edit
        </Button>
      }
      onSubmit={async (values) => {
        const payload = toVendorUpdatePayload(values, vendorValuesFrom(vendor))
        if (!Object.keys(payload).length) return true
        try {
          await mutateAsync(payload)
          toast.success(`${vendor.name} updated`)
          return true
        } catch (error) {
          toastError(error)
          return false
        }
      }}
    />
  )
}
