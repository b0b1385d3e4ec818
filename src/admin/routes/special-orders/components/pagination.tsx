import { Table } from "@medusajs/ui"

/** The table footer of a paged list (Medusa list conventions: count, limit, offset). */
export const Pagination = ({
  count,
  pageSize,
  pageIndex,
  onPage,
}: {
  count: number
  pageSize: number
  pageIndex: number
  onPage: (pageIndex: number) => void
}) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex + 1 < pageCount}
      previousPage={() => onPage(Math.max(0, pageIndex - 1))}
      nextPage={() => onPage(pageIndex + 1)}
    />
  )
}
