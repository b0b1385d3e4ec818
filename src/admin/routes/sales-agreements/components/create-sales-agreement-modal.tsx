import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateSalesAgreement } from "../../../hooks/api/sales-agreements"
import { toastError } from "../../../lib/errors"
import { emptyHeaderValues, HeaderFormValues, toCreatePayload } from "./header-form-values"
import { SalesAgreementHeaderFields } from "./sales-agreement-header-fields"

/** "Create" button and its full-screen form; a created agreement opens on its detail page. */
export const CreateSalesAgreementModal = () => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<HeaderFormValues>(emptyHeaderValues())
  const navigate = useNavigate()
  const { mutateAsync, isPending } = useCreateSalesAgreement()

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setValues(emptyHeaderValues())
    }
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      const { sales_agreement } = await mutateAsync(toCreatePayload(values))
      toast.success(`Sales agreement ${sales_agreement.number} created`)
      onOpenChange(false)
      navigate(`/sales-agreements/${sales_agreement.id}`)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Create
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button size="small" variant="secondary" type="button">
                  Cancel
                </Button>
              </FocusModal.Close>
              <Button size="small" type="submit" isLoading={isPending}>
                Create
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-16">
            <div className="flex w-full max-w-[720px] flex-col gap-y-8 px-4">
              <div>
                <FocusModal.Title asChild>
                  <Heading>Create sales agreement</Heading>
                </FocusModal.Title>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    The agreement starts as a draft; add commitments, then activate and confirm it.
                  </Text>
                </FocusModal.Description>
              </div>
              <SalesAgreementHeaderFields
                values={values}
                onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
              />
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
