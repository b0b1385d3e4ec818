import { Context } from "@medusajs/framework/types"
import { reserveDocumentNumbers } from "../../utils/document-numbers"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { groupPurchaseOrders } from "../../domain/special-orders/group-purchase-orders"
import type { CarryOutCandidate, RequisitionLineDraft, ShipToAddress } from "../../domain/special-orders/types"
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
import type {
  CarriedOutPurchaseOrder,
  CarryOutSelector,
  OrderCancellationResult,
  RaisedRequisitionLine,
} from "../../types/special-order/service"
import { placeholders, REQUISITION_INSERT_COLUMNS, REQUISITION_RETURNING } from "./queries/requisition-lines"

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
    return await reserveDocumentNumbers(sharedContext.transactionManager as any, PURCHASE_ORDER_NUMBER_SEQUENCE, this.options_.purchase_order_number_prefix ?? "PO-", count)
  }

  /**
   * Raises purchase requests: inserts one requisition line per order line and
   * skips lines that already have one (unique index on `order_line_item_id`),
   * so duplicate or concurrent deliveries of the same order write once.
   * Returns only the lines inserted by this call.
   */
  @InjectManager()
  async raiseRequisitionLines(
    drafts: RequisitionLineDraft[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RaisedRequisitionLine[]> {
    return await this.raiseRequisitionLines_(drafts, sharedContext)
  }

  @InjectTransactionManager()
  protected async raiseRequisitionLines_(
    drafts: RequisitionLineDraft[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RaisedRequisitionLine[]> {
    if (!drafts.length) {
      return []
    }
    const manager = sharedContext.transactionManager as any
    const values = drafts.flatMap((d) => [
      generateEntityId(undefined, "reql"),
      d.vendor_id,
      d.product_variant_id,
      d.vendor_sku,
      d.title,
      d.quantity,
      d.unit_cost,
      d.unit_cost === null ? null : JSON.stringify({ value: d.unit_cost, precision: 20 }),
      d.currency_code,
      new Date(d.due_date),
      d.kind,
      d.purchasing_code_id,
      d.order_id,
      d.order_line_item_id,
      d.ship_to ? JSON.stringify(d.ship_to) : null,
    ])
    const row = `(${placeholders(REQUISITION_INSERT_COLUMNS.length)})`
    return await manager.execute(
      `insert into special_order_requisition_line (${REQUISITION_INSERT_COLUMNS.join(", ")})
       values ${drafts.map(() => row).join(", ")}
       on conflict (order_line_item_id) where deleted_at is null do nothing
       returning ${REQUISITION_RETURNING}`,
      values
    )
  }

  /**
   * Carries out open requisition lines in one transaction: claims them with a
   * conditional update (`status = 'open'`, so a line is carried out exactly
   * once even under concurrent carry-outs: lines another run won are skipped),
   * creates one draft purchase order per vendor (and per sales order for drop
   * shipments) numbered from the sequence, and links every PO line to its
   * requisition line and sales order line.
   */
  @InjectManager()
  async carryOutRequisitionLines(
    selector: CarryOutSelector,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CarriedOutPurchaseOrder[]> {
    return await this.carryOutRequisitionLines_(selector, sharedContext)
  }

  @InjectTransactionManager()
  protected async carryOutRequisitionLines_(
    selector: CarryOutSelector,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CarriedOutPurchaseOrder[]> {
    const manager = sharedContext.transactionManager as any
    const where: string[] = ["deleted_at is null", "status = 'open'", "vendor_id is not null"]
    const params: unknown[] = []
    if (selector.ids) {
      if (!selector.ids.length) return []
      where.push(`id in (${placeholders(selector.ids.length)})`)
      params.push(...selector.ids)
    }
    if (selector.order_ids) {
      if (!selector.order_ids.length) return []
      where.push(`order_id in (${placeholders(selector.order_ids.length)})`)
      params.push(...selector.order_ids)
    }
    const claimed: (CarryOutCandidate & { product_variant_id: string; vendor_sku: string | null; title: string | null; quantity: number; unit_cost: string | null })[] =
      await manager.execute(
        `update special_order_requisition_line
         set status = 'carried_out', carried_out_at = now(), updated_at = now()
         where ${where.join(" and ")}
         returning ${REQUISITION_RETURNING}`,
        params
      )
    if (!claimed.length) {
      return []
    }
    const vendorIds = [...new Set(claimed.map((l) => l.vendor_id!))]
    const vendors = await this.listVendors({ id: vendorIds }, { select: ["id", "currency_code"] }, sharedContext)
    const currencyByVendor = new Map(vendors.map((v) => [v.id, v.currency_code]))
    const groups = groupPurchaseOrders(claimed, (selector.warehouse_address ?? null) as ShipToAddress | null)
    const numbers = await this.reservePurchaseOrderNumbers_(groups.length, sharedContext)
    const byId = new Map(claimed.map((l) => [l.id, l]))

    const created = (await this.createPurchaseOrders(
      groups.map((g, i) => ({
        number: numbers[i],
        vendor_id: g.vendor_id,
        kind: g.kind,
        status: "draft" as const,
        currency_code: currencyByVendor.get(g.vendor_id) ?? (byId.get(g.lines[0].id) as any)?.currency_code ?? "eur",
        ship_to: g.ship_to as Record<string, unknown> | null,
        order_id: g.order_id,
        due_date: g.due_date,
      })) as any,
      sharedContext
    )) as unknown as any[]
    const poIds: string[] = created.map((p) => p.id)
    const lines = (await this.createPurchaseOrderLines(
      groups.flatMap((g, i) =>
        g.lines.map((candidate, n) => {
          const l = byId.get(candidate.id)!
          return {
            purchase_order_id: poIds[i],
            line_number: n + 1,
            requisition_line_id: l.id,
            order_id: l.order_id,
            order_line_item_id: l.order_line_item_id,
            product_variant_id: l.product_variant_id,
            vendor_sku: l.vendor_sku,
            title: l.title,
            quantity: l.quantity,
            unit_cost: l.unit_cost,
            due_date: l.due_date,
          }
        })
      ) as any,
      sharedContext
    )) as unknown as any[]
    const pairs = lines.map((l: any) => [l.requisition_line_id, l.purchase_order_id, l.id])
    await manager.execute(
      `update special_order_requisition_line r
       set purchase_order_id = v.po_id, purchase_order_line_id = v.pol_id, updated_at = now()
       from (values ${pairs.map(() => "(?, ?, ?)").join(", ")}) as v(req_id, po_id, pol_id)
       where r.id = v.req_id`,
      pairs.flat()
    )
    return created.map((po: any, i: number) => this.toCarriedOut_(po, lines.filter((l) => l.purchase_order_id === poIds[i])))
  }

  protected toCarriedOut_(po: any, lines: any[]): CarriedOutPurchaseOrder {
    return {
      id: po.id,
      number: po.number,
      vendor_id: po.vendor_id,
      status: po.status,
      kind: po.kind,
      currency_code: po.currency_code,
      ship_to: po.ship_to ?? null,
      order_id: po.order_id ?? null,
      due_date: po.due_date ?? null,
      lines: [...lines]
        .sort((a, b) => a.line_number - b.line_number)
        .map((l) => ({
          id: l.id,
          line_number: l.line_number,
          requisition_line_id: l.requisition_line_id,
          order_id: l.order_id,
          order_line_item_id: l.order_line_item_id,
          product_variant_id: l.product_variant_id,
          vendor_sku: l.vendor_sku ?? null,
          title: l.title ?? null,
          quantity: l.quantity,
          unit_cost: l.raw_unit_cost?.value ?? (l.unit_cost == null ? null : String(l.unit_cost)),
          due_date: l.due_date ?? null,
        })),
    }
  }

  /**
   * Undoes a carry-out (workflow compensation): the requisition lines of these
   * purchase orders are open again and the purchase orders are removed.
   */
  @InjectTransactionManager()
  async undoCarryOut(poIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!poIds.length) {
      return
    }
    const manager = sharedContext.transactionManager as any
    await manager.execute(
      `update special_order_requisition_line
       set status = 'open', purchase_order_id = null, purchase_order_line_id = null, carried_out_at = null, updated_at = now()
       where deleted_at is null and status = 'carried_out' and purchase_order_id in (${placeholders(poIds.length)})`,
      poIds
    )
    const lines = await this.listPurchaseOrderLines({ purchase_order_id: poIds } as any, { select: ["id"] }, sharedContext)
    await this.softDeletePurchaseOrderLines(lines.map((l) => l.id), {}, sharedContext)
    await this.softDeletePurchaseOrders(poIds, {}, sharedContext)
  }

  /**
   * A sales order was canceled: its open requisition lines are canceled (action
   * message `cancel`) and the lines of its purchase orders that are not
   * canceled are flagged with `reason`. Conditional updates: a second run
   * changes nothing and returns empty lists.
   */
  @InjectManager()
  async cancelOrderRequisitionLines(
    orderIds: string[],
    reason: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OrderCancellationResult> {
    return await this.cancelOrderRequisitionLines_(orderIds, reason, sharedContext)
  }

  @InjectTransactionManager()
  protected async cancelOrderRequisitionLines_(
    orderIds: string[],
    reason: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OrderCancellationResult> {
    if (!orderIds.length) {
      return { canceled_requisition_line_ids: [], flagged_purchase_order_line_ids: [] }
    }
    const manager = sharedContext.transactionManager as any
    const canceled: { id: string }[] = await manager.execute(
      `update special_order_requisition_line
       set status = 'canceled', action_message = 'cancel', canceled_at = now(), updated_at = now()
       where deleted_at is null and status = 'open' and order_id in (${placeholders(orderIds.length)})
       returning id`,
      orderIds
    )
    const flagged: { id: string }[] = await manager.execute(
      `update special_order_purchase_order_line pol
       set flagged = true, flag_reason = ?, updated_at = now()
       from special_order_purchase_order po
       where po.id = pol.purchase_order_id and po.deleted_at is null and po.status <> 'canceled'
         and pol.deleted_at is null and pol.flagged = false and pol.order_id in (${placeholders(orderIds.length)})
       returning pol.id`,
      [reason, ...orderIds]
    )
    return {
      canceled_requisition_line_ids: canceled.map((r) => r.id),
      flagged_purchase_order_line_ids: flagged.map((r) => r.id),
    }
  }
}
