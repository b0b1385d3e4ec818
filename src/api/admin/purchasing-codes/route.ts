import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SpecialOrderErrorCode } from "../../../utils/special-order-errors"
import { createPurchasingCodeWorkflow } from "../../../workflows"
import { ilike, listSpecialOrderEntities, refetchSpecialOrderEntity } from "../special-orders/helpers"
import type { AdminCreatePurchasingCodeType, AdminGetPurchasingCodesParamsType } from "../special-orders/validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPurchasingCodesParamsType>, res: MedusaResponse) => {
  const { q, kind } = req.validatedQuery as AdminGetPurchasingCodesParamsType
  const filters: Record<string, unknown> = { ...req.filterableFields }
  delete filters.q
  if (kind) filters.kind = kind
  if (q) filters.$or = [{ code: { $ilike: ilike(q) } }, { description: { $ilike: ilike(q) } }]
  res.json(
    await listSpecialOrderEntities(req.scope, "purchasing_code", "purchasing_codes", {
      fields: req.queryConfig.fields,
      filters,
      pagination: req.queryConfig.pagination,
    })
  )
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePurchasingCodeType>, res: MedusaResponse) => {
  const { result } = await createPurchasingCodeWorkflow(req.scope).run({ input: req.validatedBody as any })
  const purchasing_code = await refetchSpecialOrderEntity(req.scope, "purchasing_code", result.id, req.queryConfig.fields, {
    label: "Purchasing code",
    code: SpecialOrderErrorCode.PURCHASING_CODE_NOT_FOUND,
  })
  res.status(201).json({ purchasing_code })
}
