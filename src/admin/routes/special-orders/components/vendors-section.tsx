import { Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useVendors } from "../../../hooks/api/special-orders"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { errorMessage } from "../../../lib/errors"
import { Pagination } from "./pagination"
import { CreateVendorDrawer } from "./vendor-drawer"

const PAGE_SIZE = 20

/** Vendors; a row opens the vendor (edit, delete, variant sourcing). */
export const VendorsSection = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pageIndex, setPageIndex] = useState(0)
  const q = useDebouncedValue(search.trim())

  useEffect(() => setPageIndex(0), [q])

  const { vendors = [], count = 0, isLoading, isError, error } = useVendors(
    { limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE, order: "name", ...(q ? { q } : {}) },
    { placeholderData: keepPreviousData }
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Vendors</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Who special-order items are bought from, and which variants each one supplies.
          </Text>
        </div>
        <CreateVendorDrawer />
      </div>
      <div className="px-6 py-4">
        <div className="w-full md:w-[260px]">
          <Input
            type="search"
            size="small"
            placeholder="Search name or email"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            aria-label="Search vendors"
          />
        </div>
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : !vendors.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          {isLoading ? "Loading…" : "No vendors match."}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Email</Table.HeaderCell>
                <Table.HeaderCell>Currency</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Lead time</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {vendors.map((v) => (
                <Table.Row key={v.id} className="cursor-pointer" onClick={() => navigate(`/special-orders/vendors/${v.id}`)}>
                  <Table.Cell className="font-medium">{v.name}</Table.Cell>
                  <Table.Cell>{v.email}</Table.Cell>
                  <Table.Cell>{v.currency_code?.toUpperCase()}</Table.Cell>
                  <Table.Cell className="text-right">
                    {v.lead_time_days} day{v.lead_time_days === 1 ? "" : "s"}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pagination count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPage={setPageIndex} />
        </>
      )}
    </Container>
  )
}
