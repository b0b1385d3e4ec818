import type { MedusaContainer } from "@medusajs/framework/types"
import { SPECIAL_ORDER_MODULE } from "../../../modules/special-order"
import type SpecialOrderModuleService from "../../../modules/special-order/service"

/** The special-order module's service, resolved from a step's container. */
export const specialOrderService = (container: MedusaContainer | { resolve: (key: string) => unknown }) =>
  container.resolve(SPECIAL_ORDER_MODULE) as SpecialOrderModuleService
