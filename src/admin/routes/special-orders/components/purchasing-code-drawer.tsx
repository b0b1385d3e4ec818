import { PencilSquare, Plus } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, RadioGroup, Label, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useCreatePurchasingCode, useUpdatePurchasingCode } from "../../../hooks/api/special-orders"
import { toastError } from "../../../lib/errors"
import type { AdminPurchasingCode, AdminPurchasingCodePayload, PurchasingCodeKind } from "../../../types/special-orders"
import { FormField } from "../../sales-agreements/components/form-field"
import { KIND_LABELS, KINDS } from "./special-order-format"

interface Values {
  code: string
  description: string
  kind: PurchasingCodeKind
}

const KIND_HINTS: Record<PurchasingCodeKind, string> = {
  special_order: "The vendor ships to our warehouse; the item then ships to the customer.",
  drop_shipment: "The vendor ships straight to the customer's address.",
}

const valuesFrom = (code?: AdminPurchasingCode): Values => ({
  code: code?.code ?? "",
  description: code?.description ?? "",
  kind: code?.kind ?? "special_order",
})

const toPayload = (v: Values, initial?: Values): AdminPurchasingCodePayload => {
  const full: AdminPurchasingCodePayload = {
    code: v.code.trim(),
    description: v.description.trim() === "" ? null : v.description.trim(),
    kind: v.kind,
  }
  if (!initial) return full
  const out: AdminPurchasingCodePayload = {}
  if (full.code !== initial.code) out.code = full.code
  if ((full.description ?? "") !== initial.description) out.description = full.description
  if (full.kind !== initial.kind) out.kind = full.kind
  return out
}

/** Create (no `code`) or edit a purchasing code: a unique code, a description and one kind. */
export const PurchasingCodeDrawer = ({ code }: { code?: AdminPurchasingCode }) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(() => valuesFrom(code))
  const create = useCreatePurchasingCode()
  const update = useUpdatePurchasingCode(code?.id ?? "")
  const isPending = code ? update.isPending : create.isPending
  const change = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))

  const onOpenChange = (next: boolean) => {
    if (next) setValues(valuesFrom(code))
    setOpen(next)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      if (code) {
        const payload = toPayload(values, valuesFrom(code))
        if (Object.keys(payload).length) {
          await update.mutateAsync(payload)
          toast.success(`Purchasing code ${payload.code ?? code.code} updated`)
        }
      } else {
        const { purchasing_code } = await create.mutateAsync(toPayload(values))
        toast.success(`Purchasing code ${purchasing_code.code} created`)
      }
      setOpen(false)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        {code ? (
          <IconButton size="small" variant="transparent" aria-label={`Edit purchasing code ${code.code}`}>
            <PencilSquare />
          </IconButton>
        ) : (
          <Button size="small" variant="secondary">
            <Plus />
            Create code
          </Button>
        )}
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{code ? `Edit ${code.code}` : "Create purchasing code"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField id="pcode-code" label="Code" hint="Unique; letters, digits, '-', '_' and '.'">
              <Input
                id="pcode-code"
                value={values.code}
                onChange={(e) => change({ code: e.target.value })}
                placeholder="SPECIAL"
                required
              />
            </FormField>
            <FormField id="pcode-description" label="Description" optional>
              <Textarea
                id="pcode-description"
                value={values.description}
                onChange={(e) => change({ description: e.target.value })}
                rows={2}
              />
            </FormField>
            <FormField id="pcode-kind" label="Kind">
              <RadioGroup value={values.kind} onValueChange={(kind) => change({ kind: kind as PurchasingCodeKind })}>
                {KINDS.map((k) => (
                  <div key={k} className="flex items-start gap-x-3">
                    <RadioGroup.Item value={k} id={`pcode-kind-${k}`} />
                    <div className="flex flex-col">
                      <Label htmlFor={`pcode-kind-${k}`} size="small" weight="plus">
                        {KIND_LABELS[k]}
                      </Label>
                      <span className="txt-compact-small text-ui-fg-subtle">{KIND_HINTS[k]}</span>
                    </div>
                  </div>
                ))}
              </RadioGroup>
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending}>
              {code ? "Save" : "Create"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
