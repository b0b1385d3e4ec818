import { Container, Heading, Text } from "@medusajs/ui"
import { LoaderFunctionArgs, UIMatch, useParams } from "react-router-dom"
import { useVendor } from "../../../../hooks/api/special-orders"
import { errorMessage } from "../../../../lib/errors"
import { sdk } from "../../../../lib/sdk"
import type { AdminVendorResponse } from "../../../../types/special-orders"
import { SectionRow } from "../../../sales-agreements/components/section-row"
import { DeleteVendorButton } from "../../components/delete-vendor-button"
import { addressLines } from "../../components/special-order-format"
import { VariantSourcingSection } from "../../components/variant-sourcing-section"
import { EditVendorDrawer } from "../../components/vendor-drawer"

const VendorDetailPage = () => {
  const { id } = useParams()
  const { vendor, isLoading, isError, error } = useVendor(id!, { enabled: !!id })

  if (isLoading) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          Loading…
        </Text>
      </Container>
    )
  }
  if (isError || !vendor) {
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
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div>
            <Heading>{vendor.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Vendor
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <EditVendorDrawer vendor={vendor} />
            <DeleteVendorButton vendor={vendor} />
          </div>
        </div>
        <SectionRow label="Email">{vendor.email}</SectionRow>
        <SectionRow label="Phone">{vendor.phone || "-"}</SectionRow>
        <SectionRow label="Currency">{vendor.currency_code.toUpperCase()}</SectionRow>
        <SectionRow label="Lead time">
          {vendor.lead_time_days} day{vendor.lead_time_days === 1 ? "" : "s"}
        </SectionRow>
        <SectionRow label="Address">{addressLines(vendor.address).join("\n") || "-"}</SectionRow>
        <SectionRow label="Notes">{vendor.notes || "-"}</SectionRow>
      </Container>
      <VariantSourcingSection vendor={vendor} />
    </div>
  )
}

type BreadcrumbData = { name?: string } | null

/** Only the name, for the breadcrumb; the page itself reads the vendor through react-query. */
export const loader = async ({ params }: LoaderFunctionArgs): Promise<BreadcrumbData> => {
  try {
    const { vendor } = await sdk.client.fetch<AdminVendorResponse>(`/admin/vendors/${params.id}`, {
      query: { fields: "id,name" },
    })
    return { name: vendor.name }
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: UIMatch<BreadcrumbData>) => match.data?.name ?? match.params.id,
}

export default VendorDetailPage
