import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useSalesAgreements } from "../../hooks/api/sales-agreements"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { errorMessage } from "../../lib/errors"
import type { AgreementStatus } from "../../types/sales-agreements"
import { CreateSalesAgreementModal } from "./components/create-sales-agreement-modal"
import { SalesAgreementFilters } from "./components/sales-agreement-filters"
import { SalesAgreementsTable } from "./components/sales-agreements-table"

const PAGE_SIZE = 20

const SalesAgreementsPage = () => {
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState<AgreementStatus>()
  const [pageIndex, setPageIndex] = useState(0)
  const q = useDebouncedValue(search.trim())

  useEffect(() => setPageIndex(0), [q, status])

  const { sales_agreements, count = 0, isLoading, isError, error } = useSalesAgreements(
    {
      limit: PAGE_SIZE,
      offset: pageIndex * PAGE_SIZE,
      ...(q ? { q } : {}),
      ...(status ? { status } : {}),
    },
    { placeholderData: keepPreviousData }
  )
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Sales agreements</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Contracts with committed quantities or amounts and special prices per customer.
          </Text>
        </div>
        <CreateSalesAgreementModal />
      </div>
      <div className="px-6 py-4">
        <SalesAgreementFilters q={search} status={status} onSearch={setSearch} onStatus={setStatus} />
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : (
        <>
          <SalesAgreementsTable agreements={sales_agreements ?? []} isLoading={isLoading} />
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((p) => Math.max(0, p - 1))}
            nextPage={() => setPageIndex((p) => p + 1)}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Sales agreements",
  icon: DocumentText,
})

export const handle = {
  breadcrumb: () => "Sales agreements",
}

export default SalesAgreementsPage
