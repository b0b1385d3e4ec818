import { Container, Text } from "@medusajs/ui"
import { LoaderFunctionArgs, UIMatch, useParams } from "react-router-dom"
import { useSalesAgreement } from "../../../hooks/api/sales-agreements"
import { errorMessage } from "../../../lib/errors"
import { sdk } from "../../../lib/sdk"
import type { AdminSalesAgreementResponse } from "../../../types/sales-agreements"
import { CommitmentLinesSection } from "../components/commitment-lines-section"
import { SalesAgreementGeneralSection } from "../components/sales-agreement-general-section"
import { SalesAgreementVersionsSection } from "../components/sales-agreement-versions-section"

const SalesAgreementDetailPage = () => {
  const { id } = useParams()
  const { sales_agreement, isLoading, isError, error } = useSalesAgreement(id!, { enabled: !!id })

  if (isLoading) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          Loading…
        </Text>
      </Container>
    )
  }
  if (isError || !sales_agreement) {
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
      <SalesAgreementGeneralSection agreement={sales_agreement} />
      <CommitmentLinesSection agreement={sales_agreement} />
      <SalesAgreementVersionsSection agreement={sales_agreement} />
    </div>
  )
}

type BreadcrumbData = { number?: string } | null

/** Only the number, for the breadcrumb; the page itself reads the agreement through react-query. */
export const loader = async ({ params }: LoaderFunctionArgs): Promise<BreadcrumbData> => {
  try {
    const { sales_agreement } = await sdk.client.fetch<AdminSalesAgreementResponse>(
      `/admin/sales-agreements/${params.id}`,
      { query: { fields: "id,number" } }
    )
    return { number: sales_agreement.number }
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<BreadcrumbData>) => match.data?.number ?? match.params.id,
}

export default SalesAgreementDetailPage
