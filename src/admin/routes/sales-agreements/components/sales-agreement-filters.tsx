import { Input, Select } from "@medusajs/ui"
import { STATUS_LABELS } from "../../../lib/format"
import type { AgreementStatus } from "../../../types/sales-agreements"

const ALL = "all"
const FILTER_STATUSES: AgreementStatus[] = ["draft", "effective", "on_hold", "closed"]

/** Search by number/title and filter by stored status. */
export const SalesAgreementFilters = ({
  q,
  status,
  onSearch,
  onStatus,
}: {
  q: string
  status?: AgreementStatus
  onSearch: (q: string) => void
  onStatus: (status?: AgreementStatus) => void
}) => (
  <div className="flex flex-wrap items-center gap-2">
    <div className="w-full md:w-[260px]">
      <Input
        type="search"
        size="small"
        placeholder="Search number or title"
        value={q}
        onChange={(e) => onSearch(e.target.value)}
        aria-label="Search sales agreements"
      />
    </div>
    <div className="w-full md:w-[180px]">
      <Select
        size="small"
        value={status ?? ALL}
        onValueChange={(v) => onStatus(v === ALL ? undefined : (v as AgreementStatus))}
      >
        <Select.Trigger aria-label="Filter by status">
          <Select.Value placeholder="All statuses" />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All statuses</Select.Item>
          {FILTER_STATUSES.map((s) => (
            <Select.Item key={s} value={s}>
              {STATUS_LABELS[s]}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  </div>
)
