import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { PurchaseOrdersSection } from "./components/purchase-orders-section"
import { PurchasingCodesSection } from "./components/purchasing-codes-section"
import { RequisitionWorksheetSection } from "./components/requisition-worksheet-section"
import { VendorsSection } from "./components/vendors-section"

const TABS = [
  { value: "worksheet", label: "Requisition worksheet" },
  { value: "purchase-orders", label: "Purchase orders" },
  { value: "vendors", label: "Vendors" },
  { value: "purchasing-codes", label: "Purchasing codes" },
] as const
type Tab = (typeof TABS)[number]["value"]

/** Special orders: the worksheet, purchase orders, vendors and purchasing codes; the tab is kept in the URL. */
const SpecialOrdersPage = () => {
  const [params, setParams] = useSearchParams()
  const requested = params.get("tab")
  const tab: Tab = TABS.some((t) => t.value === requested) ? (requested as Tab) : "worksheet"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading>Special orders</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Items bought from a vendor for one customer order: run the purchasing worksheet, send and receive purchase orders.
        </Text>
      </Container>
      <Tabs value={tab} onValueChange={(value) => setParams({ tab: value }, { replace: true })}>
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Trigger key={t.value} value={t.value}>
              {t.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="worksheet" className="mt-3">
          <RequisitionWorksheetSection />
        </Tabs.Content>
        <Tabs.Content value="purchase-orders" className="mt-3">
          <PurchaseOrdersSection />
        </Tabs.Content>
        <Tabs.Content value="vendors" className="mt-3">
          <VendorsSection />
        </Tabs.Content>
        <Tabs.Content value="purchasing-codes" className="mt-3">
          <PurchasingCodesSection />
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Special orders",
  icon: ShoppingCart,
})

export const handle = {
  breadcrumb: () => "Special orders",
}

export default SpecialOrdersPage
