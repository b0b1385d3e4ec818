import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { PURCHASE_ORDER_STATUSES } from "../../../domain/purchase-orders/types"

const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema)])

export const AdminGetPurchaseOrdersParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  vendor_id: oneOrMany(z.string().min(1)).optional(),
  status: oneOrMany(z.enum(PURCHASE_ORDER_STATUSES)).optional(),
  order_id: oneOrMany(z.string().min(1)).optional(),
})
export type AdminGetPurchaseOrdersParamsType = z.infer<typeof AdminGetPurchaseOrdersParams>

export const AdminGetPurchaseOrderParams = z.object({}).strict()

export const AdminSendPurchaseOrder = z.object({}).strict()

export const AdminCancelPurchaseOrder = z.object({}).strict()

export const AdminReceivePurchaseOrder = z
  .object({
    lines: z
      .array(
        z
          .object({
            id: z.string().min(1),
            quantity: z.number().int().positive(),
          })
          .strict()
      )
      .min(1)
      .max(1000),
  })
  .strict()
export type AdminReceivePurchaseOrderType = z.infer<typeof AdminReceivePurchaseOrder>

export const AdminGetPurchaseOrderDocumentParams = z.object({ format: z.enum(["html", "pdf"]).optional() }).strict()
