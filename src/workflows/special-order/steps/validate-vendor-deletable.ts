import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SpecialOrderErrorCode } from "../../../utils/special-order-errors"
import { specialOrderService } from "./service"

export const validateVendorDeletableStepId = "validate-vendor-deletable"

/**
 * This step refuses to delete a vendor that still has open requisition lines
 * or purchase orders that are neither received nor canceled, naming them.
 */
export const validateVendorDeletableStep = createStep(
  validateVendorDeletableStepId,
  async (input: { id: string }, { container }) => {
    const service = specialOrderService(container)
    const [lines, orders] = await Promise.all([
      service.listRequisitionLines({ vendor_id: input.id, status: "open" }, { select: ["id"] }),
      service.listPurchaseOrders(
        { vendor_id: input.id, status: { $nin: ["received", "canceled"] } } as any,
        { select: ["id", "number"] }
      ),
    ])
    const problems: string[] = []
    if (lines.length) {
      problems.push(`open requisition lines (${lines.map((l) => l.id).join(", ")})`)
    }
    if (orders.length) {
      problems.push(`purchase orders not received or canceled (${orders.map((o) => o.number).join(", ")})`)
    }
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Vendor (${input.id}) cannot be deleted: it has ${problems.join(" and ")}`,
        SpecialOrderErrorCode.VENDOR_IN_USE
      )
    }
  }
)
