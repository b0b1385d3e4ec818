import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { reconcileLedger } from "../../../../../../lib/reconcile/reconcile-ledger"
import { unlinkOrderLinesWorkflow } from "../../../../../../workflows"
import type { AdminUnlinkOrderLinesType } from "../../../middlewares"

/** Removes order lines from their agreement; they stop counting (reversed in the ledger), repriced if asked. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUnlinkOrderLinesType>, res: MedusaResponse) => {
  await unlinkOrderLinesWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, created_by: req.auth_context?.actor_id },
  })
  // write the reversal now rather than when order.updated is delivered (idempotent either way)
  await reconcileLedger(req.scope, { order_id: req.params.id, fix: true })
  // read through the Order module: a cached query result could predate the change
  const order = await req.scope.resolve(Modules.ORDER).retrieveOrder(req.params.id, {
    select: ["id", "display_id", "status", "metadata"],
    relations: ["items"],
  })
  res.json({
    order: {
      ...order,
      items: (order.items ?? []).map((i: any) => ({ id: i.id, unit_price: i.unit_price, quantity: i.quantity, metadata: i.metadata })),
    },
  })
}
