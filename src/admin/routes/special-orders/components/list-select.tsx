import { Select } from "@medusajs/ui"

/** Radix selects cannot hold an empty value: this one stands for "no filter" / "none". */
export const NONE = "__none"

/** A small select over `options` with a first "none" entry; `undefined` when that entry is chosen. */
export const ListSelect = ({
  id,
  value,
  onChange,
  options,
  noneLabel,
  label,
  disabled,
}: {
  id?: string
  value?: string
  onChange: (value?: string) => void
  options: { value: string; label: string }[]
  noneLabel: string
  label: string
  disabled?: boolean
}) => (
  <Select size="small" value={value ?? NONE} onValueChange={(v) => onChange(v === NONE ? undefined : v)} disabled={disabled}>
    <Select.Trigger id={id} aria-label={label}>
      <Select.Value placeholder={noneLabel} />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={NONE}>{noneLabel}</Select.Item>
      {options.map((o) => (
        <Select.Item key={o.value} value={o.value}>
          {o.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
