import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { specialOrderService } from "./service"

export const resolveWarehouseAddressStepId = "resolve-warehouse-address"

const ADDRESS_FIELDS = ["company", "address_1", "address_2", "city", "postal_code", "province", "country_code", "phone"]

/**
 * This step finds where special-order purchase orders ship to: the module's
 * `warehouse_address` option, else the address of the store's first stock
 * location (by creation), else none.
 */
export const resolveWarehouseAddressStep = createStep(resolveWarehouseAddressStepId, async (_: void, { container }) => {
  const configured = specialOrderService(container).getOptions().warehouse_address
  if (configured) {
    return new StepResponse<Record<string, unknown> | null>(configured)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "created_at", ...ADDRESS_FIELDS.map((f) => `address.${f}`)],
  })
  const first = [...(data as any[])]
    .filter((l) => l.address)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())[0]
  if (!first) {
    return new StepResponse<Record<string, unknown> | null>(null)
  }
  const address: Record<string, unknown> = { name: first.name }
  for (const f of ADDRESS_FIELDS) {
    if (first.address[f] != null) address[f] = first.address[f]
  }
  return new StepResponse<Record<string, unknown> | null>(address)
})
