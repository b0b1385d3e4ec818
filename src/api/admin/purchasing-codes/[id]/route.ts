import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SpecialOrderErrorCode } from "../../../../utils/special-order-errors"
import { deletePurchasingCodeWorkflow, updatePurchasingCodeWorkflow } from "../../../../workflows"
import { refetchSpecialOrderEntity } from "../../special-orders/helpers"
import type { AdminUpdatePurchasingCodeType } from "../../special-orders/validators"

const notFound = { label: "Purchasing code", code: SpecialOrderErrorCode.PURCHASING_CODE_NOT_FOUND }

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    purchasing_code: await refetchSpecialOrderEntity(req.scope, "purchasing_code", req.params.id, req.queryConfig.fields, notFound),
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePurchasingCodeType>, res: MedusaResponse) => {
  await updatePurchasingCodeWorkflow(req.scope).run({ input: { ...(req.validatedBody as any), id: req.params.id } })
  res.json({
    purchasing_code: await refetchSpecialOrderEntity(req.scope, "purchasing_code", req.params.id, req.queryConfig.fields, notFound),
  })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deletePurchasingCodeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "purchasing_code", deleted: true })
}
