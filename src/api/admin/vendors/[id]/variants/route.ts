import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SPECIAL_ORDER_MODULE } from "../../../../../modules/special-order"
import type SpecialOrderModuleService from "../../../../../modules/special-order/service"
import { SpecialOrderErrorCode, specialOrderNotFound } from "../../../../../utils/special-order-errors"
import { removeVariantSourcingWorkflow, upsertVariantSourcingWorkflow } from "../../../../../workflows"
import { listSpecialOrderEntities, refetchSpecialOrderEntity } from "../../../special-orders/helpers"
import type { AdminRemoveVariantSourcingType, AdminUpsertVariantSourcingType } from "../../../special-orders/validators"

/** `GET /admin/vendors/:id/variants`: the variants bought from this vendor. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [vendor] = await req.scope
    .resolve<SpecialOrderModuleService>(SPECIAL_ORDER_MODULE)
    .listVendors({ id: req.params.id }, { select: ["id"] })
  if (!vendor) {
    throw specialOrderNotFound("Vendor", req.params.id, SpecialOrderErrorCode.VENDOR_NOT_FOUND)
  }
  res.json(
    await listSpecialOrderEntities(req.scope, "variant_sourcing", "variant_sourcings", {
      fields: req.queryConfig.fields,
      filters: { ...req.filterableFields, vendor_id: req.params.id },
      pagination: req.queryConfig.pagination,
    })
  )
}

/** `POST /admin/vendors/:id/variants`: sources a variant from this vendor (creates or updates its sourcing). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpsertVariantSourcingType>, res: MedusaResponse) => {
  const { result } = await upsertVariantSourcingWorkflow(req.scope).run({
    input: { ...(req.validatedBody as AdminUpsertVariantSourcingType), vendor_id: req.params.id },
  })
  const variant_sourcing = await refetchSpecialOrderEntity(req.scope, "variant_sourcing", result.id, req.queryConfig.fields, {
    label: "Variant sourcing",
    code: SpecialOrderErrorCode.SOURCING_NOT_FOUND,
  })
  res.json({ variant_sourcing })
}

/** `DELETE /admin/vendors/:id/variants?product_variant_id=…` (or the ids in the body): removes sourcing. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const fromQuery = (req.validatedQuery as AdminRemoveVariantSourcingType | undefined)?.product_variant_id
  const fromBody = (req.body as { product_variant_id?: string | string[] } | undefined)?.product_variant_id
  const given = fromQuery ?? fromBody
  const ids = (Array.isArray(given) ? given : given ? [given] : []).filter((v) => typeof v === "string" && v.length)
  if (!ids.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "product_variant_id: required (query parameter or body), the variant(s) whose sourcing to remove",
      SpecialOrderErrorCode.INVALID
    )
  }
  await removeVariantSourcingWorkflow(req.scope).run({ input: { vendor_id: req.params.id, product_variant_ids: ids } })
  res.json({ ids, object: "variant_sourcing", deleted: true })
}
