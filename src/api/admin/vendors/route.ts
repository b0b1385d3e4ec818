import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SpecialOrderErrorCode } from "../../../utils/special-order-errors"
import { createVendorWorkflow } from "../../../workflows"
import { ilike, listSpecialOrderEntities, refetchSpecialOrderEntity } from "../special-orders/helpers"
import type { AdminCreateVendorType, AdminGetVendorsParamsType } from "../special-orders/validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetVendorsParamsType>, res: MedusaResponse) => {
  const { q, currency_code } = req.validatedQuery as AdminGetVendorsParamsType
  const filters: Record<string, unknown> = { ...req.filterableFields }
  delete filters.q
  if (currency_code) filters.currency_code = currency_code
  if (q) filters.$or = [{ name: { $ilike: ilike(q) } }, { email: { $ilike: ilike(q) } }]
  res.json(
    await listSpecialOrderEntities(req.scope, "vendor", "vendors", {
      fields: req.queryConfig.fields,
      filters,
      pagination: req.queryConfig.pagination,
    })
  )
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateVendorType>, res: MedusaResponse) => {
  const { result } = await createVendorWorkflow(req.scope).run({ input: req.validatedBody as any })
  const vendor = await refetchSpecialOrderEntity(req.scope, "vendor", result.id, req.queryConfig.fields, {
    label: "Vendor",
    code: SpecialOrderErrorCode.VENDOR_NOT_FOUND,
  })
  res.status(201).json({ vendor })
}
