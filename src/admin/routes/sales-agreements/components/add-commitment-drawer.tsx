import { Button, Drawer, Input, Select, toast } from "@medusajs/ui"
import { Plus } from "@medusajs/icons"
import { FormEvent, useState } from "react"
import { useAddSalesAgreementLine } from "../../../hooks/api/sales-agreements"
import { toastError } from "../../../lib/errors"
import { COMMITMENT_TYPE_LABELS } from "../../../lib/format"
import type { AdminSalesAgreement, CommitmentType } from "../../../types/sales-agreements"
import {
  COMMITMENT_TYPE_FIELDS,
  CommitmentFormValues,
  emptyCommitmentValues,
  toLinePayload,
  VALUE_FIELD_META,
} from "./commitment-form-values"
import { CommitmentPolicyFields } from "./commitment-policy-fields"
import { CommitmentTargetFields } from "./commitment-target-fields"
import { FormField } from "./form-field"

const TYPES = Object.keys(COMMITMENT_TYPE_FIELDS) as CommitmentType[]
const TEXT_FIELDS = new Set(["unit_label"])

/** "Add commitment" button and form; shows only the fields the chosen commitment type allows. */
export const AddCommitmentDrawer = ({ agreement }: { agreement: AdminSalesAgreement }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<CommitmentFormValues>(emptyCommitmentValues)
  const { mutateAsync, isPending } = useAddSalesAgreementLine(agreement.id)
  const spec = COMMITMENT_TYPE_FIELDS[values.commitment_type]
  const change = (patch: Partial<CommitmentFormValues>) => setValues((v) => ({ ...v, ...patch }))

  const onOpenChange = (next: boolean) => {
    if (next) setValues(emptyCommitmentValues())
    setOpen(next)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await mutateAsync(toLinePayload(values))
      toast.success("Commitment added")
      setOpen(false)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <Plus />
          Add commitment
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>Add commitment</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle">
              Amounts and prices are in {agreement.currency_code.toUpperCase()}.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField id="line-type" label="Type">
              <Select
                value={values.commitment_type}
                onValueChange={(v) => change({ commitment_type: v as CommitmentType })}
              >
                <Select.Trigger id="line-type">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {TYPES.map((t) => (
                    <Select.Item key={t} value={t}>
                      {COMMITMENT_TYPE_LABELS[t]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <CommitmentTargetFields values={values} onChange={change} />
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {spec.values.map((field) => (
                <FormField
                  key={field}
                  id={`line-${field}`}
                  label={VALUE_FIELD_META[field].label}
                  hint={VALUE_FIELD_META[field].hint}
                >
                  <Input
                    id={`line-${field}`}
                    inputMode={TEXT_FIELDS.has(field) ? "text" : "decimal"}
                    placeholder={VALUE_FIELD_META[field].placeholder}
                    value={values[field]}
                    onChange={(e) => change({ [field]: e.target.value })}
                    required={field === "quantity" || field === "amount"}
                  />
                </FormField>
              ))}
            </div>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <FormField id="line-effective" label="Effective date" optional hint="Defaults to the agreement's">
                <Input
                  id="line-effective"
                  type="date"
                  value={values.effective_date}
                  onChange={(e) => change({ effective_date: e.target.value })}
                />
              </FormField>
              <FormField id="line-expiration" label="Expiration date" optional hint="Defaults to the agreement's">
                <Input
                  id="line-expiration"
                  type="date"
                  value={values.expiration_date}
                  onChange={(e) => change({ expiration_date: e.target.value })}
                />
              </FormField>
            </div>
            <CommitmentPolicyFields values={values} onChange={change} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              Add
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
