import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeVariantSourcingWorkflow } from "../../../../../../workflows"

/** `DELETE /admin/vendors/:id/variants/:variant_id`: removes one variant's sourcing from this vendor. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeVariantSourcingWorkflow(req.scope).run({
    input: { vendor_id: req.params.id, product_variant_ids: [req.params.variant_id] },
  })
  res.json({ ids: [req.params.variant_id], object: "variant_sourcing", deleted: true })
}
