import { Trash } from "@medusajs/icons"
import { Container, Heading, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useState } from "react"
import { useDeletePurchasingCode, usePurchasingCodes } from "../../../hooks/api/special-orders"
import { errorMessage, toastError } from "../../../lib/errors"
import type { AdminPurchasingCode } from "../../../types/special-orders"
import { Pagination } from "./pagination"
import { PurchasingCodeDrawer } from "./purchasing-code-drawer"
import { KIND_LABELS } from "./special-order-format"

const PAGE_SIZE = 20

const DeletePurchasingCodeButton = ({ code }: { code: AdminPurchasingCode }) => {
  const prompt = usePrompt()
  const { mutateAsync, isPending } = useDeletePurchasingCode(code.id)

  const onDelete = async () => {
    const ok = await prompt({
      title: `Delete ${code.code}?`,
      description: "A code still used by a variant's sourcing, an order line or an open requisition line cannot be deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!ok) return
    try {
      await mutateAsync()
      toast.success(`Purchasing code ${code.code} deleted`)
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <IconButton
      size="small"
      variant="transparent"
      aria-label={`Delete purchasing code ${code.code}`}
      disabled={isPending}
      onClick={onDelete}
    >
      <Trash />
    </IconButton>
  )
}

/** Purchasing codes: what makes an order line a special order or a drop shipment. */
export const PurchasingCodesSection = () => {
  const [pageIndex, setPageIndex] = useState(0)
  const { purchasing_codes = [], count = 0, isLoading, isError, error } = usePurchasingCodes(
    { limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE, order: "code" },
    { placeholderData: keepPreviousData }
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Purchasing codes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Set on a variant's sourcing or on an order line, a code makes the line raise a purchase request.
          </Text>
        </div>
        <PurchasingCodeDrawer />
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : !purchasing_codes.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          {isLoading ? "Loading…" : "No purchasing codes yet."}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Code</Table.HeaderCell>
                <Table.HeaderCell>Kind</Table.HeaderCell>
                <Table.HeaderCell>Description</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {purchasing_codes.map((code) => (
                <Table.Row key={code.id}>
                  <Table.Cell className="font-medium">{code.code}</Table.Cell>
                  <Table.Cell>{KIND_LABELS[code.kind] ?? code.kind}</Table.Cell>
                  <Table.Cell>{code.description || "-"}</Table.Cell>
                  <Table.Cell className="text-right">
                    <div className="flex items-center justify-end gap-x-1">
                      <PurchasingCodeDrawer code={code} />
                      <DeletePurchasingCodeButton code={code} />
                    </div>
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
