import { Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { FormField } from "./form-field"
import type { HeaderFormValues } from "./header-form-values"

/** Header inputs shared by the create modal and the edit drawer. */
export const SalesAgreementHeaderFields = ({
  values,
  onChange,
  lockParties = false,
}: {
  values: HeaderFormValues
  onChange: (patch: Partial<HeaderFormValues>) => void
  /** customer and currency can only change while the agreement is a draft */
  lockParties?: boolean
}) => {
  const text = (field: keyof HeaderFormValues) => ({
    id: `sa-${field}`,
    value: values[field] as string,
    onChange: (e: { target: { value: string } }) => onChange({ [field]: e.target.value }),
  })

  return (
    <div className="flex flex-col gap-y-6">
      <FormField id="sa-title" label="Title" optional>
        <Input {...text("title")} placeholder="Annual supply 2026" />
      </FormField>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField
          id="sa-customer_id"
          label="Customer ID"
          hint={lockParties ? "Locked once the agreement leaves draft" : undefined}
        >
          <Input {...text("customer_id")} placeholder="cus_..." disabled={lockParties} required />
        </FormField>
        <FormField id="sa-currency_code" label="Currency" hint="3-letter ISO code, e.g. eur">
          <Input {...text("currency_code")} placeholder="eur" maxLength={3} disabled={lockParties} required />
        </FormField>
        <FormField id="sa-effective_date" label="Effective date">
          <Input {...text("effective_date")} type="date" required />
        </FormField>
        <FormField id="sa-expiration_date" label="Expiration date" hint="Valid through the end of this day (UTC)">
          <Input {...text("expiration_date")} type="date" required />
        </FormField>
      </div>
      <FormField id="sa-payment_terms" label="Payment terms" optional>
        <Textarea {...text("payment_terms")} placeholder="Net 30" rows={2} />
      </FormField>
      <FormField id="sa-delivery_terms" label="Delivery terms" optional>
        <Textarea {...text("delivery_terms")} placeholder="DAP, weekly deliveries" rows={2} />
      </FormField>
      <div className="flex items-start gap-x-3">
        <Switch
          id="sa-auto_apply"
          checked={values.auto_apply}
          onCheckedChange={(checked) => onChange({ auto_apply: checked })}
        />
        <div className="flex flex-col">
          <Label htmlFor="sa-auto_apply" size="small" weight="plus">
            Apply automatically
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Let the customer's carts link to this agreement without choosing it.
          </Text>
        </div>
      </div>
    </div>
  )
}
