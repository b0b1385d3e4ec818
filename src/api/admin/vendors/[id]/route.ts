import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SpecialOrderErrorCode } from "../../../../utils/special-order-errors"
import { deleteVendorWorkflow, updateVendorWorkflow } from "../../../../workflows"
import { refetchSpecialOrderEntity } from "../../special-orders/helpers"
import type { AdminUpdateVendorType } from "../../special-orders/validators"

const notFound = { label: "Vendor", code: SpecialOrderErrorCode.VENDOR_NOT_FOUND }

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ vendor: await refetchSpecialOrderEntity(req.scope, "vendor", req.params.id, req.queryConfig.fields, notFound) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateVendorType>, res: MedusaResponse) => {
  await updateVendorWorkflow(req.scope).run({ input: { ...(req.validatedBody as any), id: req.params.id } })
  res.json({ vendor: await refetchSpecialOrderEntity(req.scope, "vendor", req.params.id, req.queryConfig.fields, notFound) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteVendorWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "vendor", deleted: true })
}
