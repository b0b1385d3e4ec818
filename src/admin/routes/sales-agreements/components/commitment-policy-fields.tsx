import { Input, Label, Switch, Text } from "@medusajs/ui"
import type { CommitmentFormValues } from "./commitment-form-values"
import { FormField } from "./form-field"

const Toggle = ({
  id,
  label,
  description,
  checked,
  onChange,
}: {
  id: string
  label: string
  description: string
  checked: boolean
  onChange: (checked: boolean) => void
}) => (
  <div className="flex items-start gap-x-3">
    <Switch id={id} checked={checked} onCheckedChange={onChange} />
    <div className="flex flex-col">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
  </div>
)

/** The commitment's policies: enforcement toggles and release amount bounds. */
export const CommitmentPolicyFields = ({
  values,
  onChange,
}: {
  values: CommitmentFormValues
  onChange: (patch: Partial<CommitmentFormValues>) => void
}) => (
  <div className="flex flex-col gap-y-4">
    <Toggle
      id="line-max-enforced"
      label="Enforce maximum"
      description="Order lines that would exceed the commitment are not linked to it."
      checked={values.max_enforced}
      onChange={(checked) => onChange({ max_enforced: checked })}
    />
    <Toggle
      id="line-price-fixed"
      label="Fixed price"
      description="Changing the price of a linked order line unlinks it."
      checked={values.price_fixed}
      onChange={(checked) => onChange({ price_fixed: checked })}
    />
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <FormField id="line-min-release" label="Min release amount" optional hint="Lines below get a warning">
        <Input
          id="line-min-release"
          inputMode="decimal"
          placeholder="0.00"
          value={values.min_release_amount}
          onChange={(e) => onChange({ min_release_amount: e.target.value })}
        />
      </FormField>
      <FormField id="line-max-release" label="Max release amount" optional hint="Lines above get a warning">
        <Input
          id="line-max-release"
          inputMode="decimal"
          placeholder="0.00"
          value={values.max_release_amount}
          onChange={(e) => onChange({ max_release_amount: e.target.value })}
        />
      </FormField>
    </div>
  </div>
)
