import { Trash } from "@medusajs/icons"
import { Container, Heading, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { usePurchasingCodes, useRemoveVariantSourcing, useVendorVariants } from "../../../hooks/api/special-orders"
import { errorMessage, toastError } from "../../../lib/errors"
import { formatDecimal } from "../../../lib/format"
import type { AdminVariantSourcing, AdminVendor } from "../../../types/special-orders"
import { Pagination } from "./pagination"
import { VariantSourcingDrawer } from "./variant-sourcing-drawer"

const PAGE_SIZE = 50
const CODE_LIMIT = 200

/** The variants bought from this vendor: SKU, unit cost, default purchasing code; add, edit and remove. */
export const VariantSourcingSection = ({ vendor }: { vendor: AdminVendor }) => {
  const prompt = usePrompt()
  const [pageIndex, setPageIndex] = useState(0)
  const { variant_sourcings = [], count = 0, isLoading, isError, error } = useVendorVariants(vendor.id, {
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const { purchasing_codes = [] } = usePurchasingCodes({ limit: CODE_LIMIT })
  const codeNames = useMemo(() => new Map(purchasing_codes.map((c) => [c.id, c.code])), [purchasing_codes])
  const { mutateAsync: removeSourcing, isPending, variables: removing } = useRemoveVariantSourcing(vendor.id)

  const onRemove = async (s: AdminVariantSourcing) => {
    const ok = await prompt({
      title: `Stop sourcing ${s.product_variant_id} from ${vendor.name}?`,
      description:
        "Orders for this variant stop raising purchase requests; its inventory setting is restored. Requests already raised stay on the worksheet.",
      confirmText: "Remove",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!ok) return
    try {
      await removeSourcing(s.product_variant_id)
      toast.success("Sourcing removed")
    } catch (error) {
      toastError(error)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Variant sourcing</Heading>
        <VariantSourcingDrawer vendor={vendor} codes={purchasing_codes} />
      </div>
      {isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : !variant_sourcings.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {isLoading ? "Loading…" : "No variants are sourced from this vendor yet."}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Variant</Table.HeaderCell>
                <Table.HeaderCell>Vendor SKU</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Unit cost</Table.HeaderCell>
                <Table.HeaderCell>Default code</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {variant_sourcings.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell className="font-mono text-xs">{s.product_variant_id}</Table.Cell>
                  <Table.Cell>{s.vendor_sku || "-"}</Table.Cell>
                  <Table.Cell className="text-right">{formatDecimal(s.unit_cost, vendor.currency_code)}</Table.Cell>
                  <Table.Cell>
                    {s.purchasing_code_id ? codeNames.get(s.purchasing_code_id) ?? s.purchasing_code_id : "-"}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <div className="flex items-center justify-end gap-x-1">
                      <VariantSourcingDrawer vendor={vendor} codes={purchasing_codes} sourcing={s} />
                      <IconButton
                        size="small"
                        variant="transparent"
                        aria-label={`Remove sourcing of ${s.product_variant_id}`}
                        disabled={isPending && removing === s.product_variant_id}
                        onClick={() => onRemove(s)}
                      >
                        <Trash />
                      </IconButton>
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
