import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label/value row in a detail section, as on core dashboard pages. */
export const SectionRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small whitespace-pre-wrap break-words">{children ?? "-"}</div>
  </div>
)
