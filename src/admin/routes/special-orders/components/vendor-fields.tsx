import { Input, Textarea } from "@medusajs/ui"
import { FormField } from "../../sales-agreements/components/form-field"
import type { VendorFormValues } from "./vendor-form-values"

const ADDRESS_LABELS: Record<string, string> = {
  company: "Company",
  address_1: "Address",
  address_2: "Address line 2",
  postal_code: "Postal code",
  city: "City",
  province: "Province / state",
  country_code: "Country code",
}

/** Vendor inputs shared by the create and edit drawers. */
export const VendorFields = ({
  values,
  onChange,
}: {
  values: VendorFormValues
  onChange: (patch: Partial<VendorFormValues>) => void
}) => {
  const text = (field: keyof VendorFormValues) => ({
    id: `vendor-${field}`,
    value: values[field],
    onChange: (e: { target: { value: string } }) => onChange({ [field]: e.target.value }),
  })

  return (
    <div className="flex flex-col gap-y-6">
      <FormField id="vendor-name" label="Name">
        <Input {...text("name")} placeholder="Acme Supplies" required />
      </FormField>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField id="vendor-email" label="Email" hint="Purchase orders are sent here">
          <Input {...text("email")} type="email" placeholder="orders@acme.test" required />
        </FormField>
        <FormField id="vendor-phone" label="Phone" optional>
          <Input {...text("phone")} />
        </FormField>
        <FormField id="vendor-currency_code" label="Currency" hint="3-letter ISO code of its unit costs, e.g. eur">
          <Input {...text("currency_code")} placeholder="eur" maxLength={3} required />
        </FormField>
        <FormField id="vendor-lead_time_days" label="Lead time (days)" hint="Due date = order date + lead time">
          <Input {...text("lead_time_days")} inputMode="numeric" />
        </FormField>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {Object.entries(ADDRESS_LABELS).map(([field, label]) => (
          <FormField key={field} id={`vendor-${field}`} label={label} optional>
            <Input
              {...text(field as keyof VendorFormValues)}
              maxLength={field === "country_code" ? 2 : undefined}
              placeholder={field === "country_code" ? "de" : undefined}
            />
          </FormField>
        ))}
      </div>
      <FormField id="vendor-notes" label="Notes" optional>
        <Textarea {...text("notes")} rows={3} />
      </FormField>
    </div>
  )
}
