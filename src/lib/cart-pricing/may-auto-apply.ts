import { MedusaContainer } from "@medusajs/framework/types"
import { SALES_AGREEMENT_MODULE } from "../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../modules/sales-agreement/service"
import { CartMetadataKey } from "./agreement-metadata"

/**
 * True for a customer's cart that auto-apply is allowed to link: the plugin
 * option `auto_apply` is not off and the customer has not unlinked this cart.
 */
export function mayAutoApply(
  scope: MedusaContainer,
  cart: { customer_id?: string | null; metadata?: Record<string, unknown> | null }
): boolean {
  if (!cart.customer_id || cart.metadata?.[CartMetadataKey.AUTO_APPLY_DISABLED]) return false
  return scope.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE).getOptions().auto_apply !== false
}
