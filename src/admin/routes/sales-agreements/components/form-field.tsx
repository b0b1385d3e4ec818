import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled form control with an optional hint underneath. */
export const FormField = ({
  id,
  label,
  hint,
  optional,
  children,
}: {
  id: string
  label: string
  hint?: string
  optional?: boolean
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {children}
    {hint && <Hint>{hint}</Hint>}
  </div>
)
