import { PencilSquare, Plus } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useUpsertVariantSourcing } from "../../../hooks/api/special-orders"
import { toastError } from "../../../lib/errors"
import type { AdminPurchasingCode, AdminVariantSourcing, AdminVendor } from "../../../types/special-orders"
import { FormField } from "../../sales-agreements/components/form-field"
import { ListSelect } from "./list-select"
import { KIND_LABELS } from "./special-order-format"

interface Values {
  product_variant_id: string
  vendor_sku: string
  unit_cost: string
  purchasing_code_id?: string
}

const valuesFrom = (s?: AdminVariantSourcing): Values => ({
  product_variant_id: s?.product_variant_id ?? "",
  vendor_sku: s?.vendor_sku ?? "",
  unit_cost: s?.unit_cost ?? "",
  purchasing_code_id: s?.purchasing_code_id ?? undefined,
})

/**
 * Sources a variant from the vendor (or edits its sourcing: the API upserts by variant). A default
 * purchasing code makes the variant a special-order item: the plugin then stops inventory
 * management for it, so checkout does not reserve stock.
 */
export const VariantSourcingDrawer = ({
  vendor,
  codes,
  sourcing,
}: {
  vendor: AdminVendor
  codes: AdminPurchasingCode[]
  sourcing?: AdminVariantSourcing
}) => {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(() => valuesFrom(sourcing))
  const { mutateAsync, isPending } = useUpsertVariantSourcing(vendor.id)
  const change = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }))

  const onOpenChange = (next: boolean) => {
    if (next) setValues(valuesFrom(sourcing))
    setOpen(next)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await mutateAsync({
        product_variant_id: values.product_variant_id.trim(),
        vendor_sku: values.vendor_sku.trim() === "" ? null : values.vendor_sku.trim(),
        unit_cost: values.unit_cost.trim(),
        purchasing_code_id: values.purchasing_code_id ?? null,
      })
      toast.success(sourcing ? "Sourcing updated" : `Variant sourced from ${vendor.name}`)
      setOpen(false)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        {sourcing ? (
          <IconButton size="small" variant="transparent" aria-label={`Edit sourcing of ${sourcing.product_variant_id}`}>
            <PencilSquare />
          </IconButton>
        ) : (
          <Button size="small" variant="secondary">
            <Plus />
            Add variant
          </Button>
        )}
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{sourcing ? "Edit sourcing" : `Source a variant from ${vendor.name}`}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle">
              Unit cost in {vendor.currency_code.toUpperCase()}. A variant is sourced from one vendor only.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormField id="vsrc-variant" label="Variant ID">
              <Input
                id="vsrc-variant"
                value={values.product_variant_id}
                onChange={(e) => change({ product_variant_id: e.target.value })}
                placeholder="variant_..."
                disabled={!!sourcing}
                required
              />
            </FormField>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <FormField id="vsrc-sku" label="Vendor SKU" optional>
                <Input id="vsrc-sku" value={values.vendor_sku} onChange={(e) => change({ vendor_sku: e.target.value })} />
              </FormField>
              <FormField id="vsrc-cost" label="Unit cost" hint="Exact decimal ≥ 0, e.g. 4.125">
                <Input
                  id="vsrc-cost"
                  inputMode="decimal"
                  value={values.unit_cost}
                  onChange={(e) => change({ unit_cost: e.target.value })}
                  required
                />
              </FormField>
            </div>
            <FormField
              id="vsrc-code"
              label="Default purchasing code"
              optional
              hint="With a code, orders for this variant raise purchase requests and checkout reserves no stock for it"
            >
              <ListSelect
                id="vsrc-code"
                label="Default purchasing code"
                value={values.purchasing_code_id}
                onChange={(purchasing_code_id) => change({ purchasing_code_id })}
                noneLabel="No code (stocked item)"
                options={codes.map((c) => ({ value: c.id, label: `${c.code} · ${KIND_LABELS[c.kind] ?? c.kind}` }))}
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
              {sourcing ? "Save" : "Add"}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
