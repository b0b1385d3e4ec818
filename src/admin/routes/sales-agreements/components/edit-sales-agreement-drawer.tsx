import { Button, Drawer, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useUpdateSalesAgreement } from "../../../hooks/api/sales-agreements"
import { toastError } from "../../../lib/errors"
import type { AdminSalesAgreement } from "../../../types/sales-agreements"
import { HeaderFormValues, headerValuesFrom, toUpdatePayload } from "./header-form-values"
import { SalesAgreementHeaderFields } from "./sales-agreement-header-fields"

/** Edits the header; sends only the changed fields. */
export const EditSalesAgreementDrawer = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<HeaderFormValues>(() => headerValuesFrom(agreement))
  const { mutateAsync, isPending } = useUpdateSalesAgreement(agreement.id)

  const onOpenChange = (next: boolean) => {
    if (next) {
      setValues(headerValuesFrom(agreement))
    }
    setOpen(next)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const payload = toUpdatePayload(values, headerValuesFrom(agreement))
    if (!Object.keys(payload).length) {
      setOpen(false)
      return
    }
    try {
      await mutateAsync(payload)
      toast.success(`${agreement.number} updated`)
      setOpen(false)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Edit
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Edit {agreement.number}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            <SalesAgreementHeaderFields
              values={values}
              onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
              lockParties={agreement.status !== "draft"}
            />
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
