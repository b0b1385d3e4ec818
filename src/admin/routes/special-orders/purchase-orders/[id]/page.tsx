import { Container, Text } from "@medusajs/ui"
import { LoaderFunctionArgs, UIMatch, useParams } from "react-router-dom"
import { usePurchaseOrder } from "../../../../hooks/api/purchase-orders"
import { errorMessage } from "../../../../lib/errors"
import { sdk } from "../../../../lib/sdk"
import type { AdminPurchaseOrderResponse } from "../../../../types/special-orders"
import { PurchaseOrderGeneralSection } from "../../components/purchase-order-general-section"
import { PurchaseOrderLinesSection } from "../../components/purchase-order-lines-section"

const PurchaseOrderDetailPage = () => {
  const { id } = useParams()
  const { purchase_order, isLoading, isError, error } = usePurchaseOrder(id!, { enabled: !!id })

  if (isLoading) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          Loading…
        </Text>
      </Container>
    )
  }
  if (isError || !purchase_order) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(error)}
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <PurchaseOrderGeneralSection po={purchase_order} />
      <PurchaseOrderLinesSection po={purchase_order} />
    </div>
  )
}

type BreadcrumbData = { number?: string } | null

/** Only the number, for the breadcrumb; the page itself reads the PO through react-query. */
export const loader = async ({ params }: LoaderFunctionArgs): Promise<BreadcrumbData> => {
  try {
    const { purchase_order } = await sdk.client.fetch<AdminPurchaseOrderResponse>(`/admin/purchase-orders/${params.id}`)
    return { number: purchase_order.number }
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<BreadcrumbData>) => match.data?.number ?? match.params.id,
}

export default PurchaseOrderDetailPage
