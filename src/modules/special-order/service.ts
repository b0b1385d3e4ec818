import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import {
  OrderLinePurchasingCode,
  PurchaseOrder,
  PurchaseOrderLine,
  PurchasingCode,
  RequisitionLine,
  VariantSourcing,
  Vendor,
} from "./models"
import type { SpecialOrderModuleOptions } from "../../types/special-order/options"

type InjectedDependencies = Record<string, unknown>

/** Sequence behind purchase order numbers; created by the module's migration. */
export const PURCHASE_ORDER_NUMBER_SEQUENCE = "special_order_purchase_order_number_seq"

/**
 * Persistence of vendors, purchasing codes, variant sourcing, the requisition
 * worksheet and purchase orders. Business rules live in src/domain and the workflows.
 */
export default class SpecialOrderModuleService extends MedusaService({
  Vendor,
  PurchasingCode,
  VariantSourcing,
  OrderLinePurchasingCode,
  RequisitionLine,
  PurchaseOrder,
  PurchaseOrderLine,
}) {
  protected readonly options_: SpecialOrderModuleOptions

  constructor(container: InjectedDependencies, options: SpecialOrderModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  /** The options the module was registered with. */
  getOptions(): SpecialOrderModuleOptions {
    return this.options_
  }

  /** Reserves `count` purchase order numbers (`PO-000001`) from the database sequence. */
  @InjectManager()
  async reservePurchaseOrderNumbers(
    count: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.reservePurchaseOrderNumbers_(count, sharedContext)
  }

  @InjectTransactionManager()
  protected async reservePurchaseOrderNumbers_(
    count: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (count <= 0) {
      return []
    }
    const manager = sharedContext.transactionManager as any
    const prefix = this.options_.purchase_order_number_prefix ?? "PO-"
    const rows: { n: string }[] = await manager.execute(
      `select nextval('${PURCHASE_ORDER_NUMBER_SEQUENCE}')::text as n from generate_series(1, ?)`,
      [count]
    )
    return rows.map((r) => `${prefix}${r.n.padStart(6, "0")}`)
  }
}
