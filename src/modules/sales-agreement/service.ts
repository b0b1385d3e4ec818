import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  SalesAgreement,
  SalesAgreementLedgerEntry,
  SalesAgreementLine,
  SalesAgreementPolicy,
  SalesAgreementVersion,
} from "./models"
import { SalesAgreementModuleOptions } from "../../types/sales-agreement/options"
import type { AgreementWithBalances } from "../../types/sales-agreement/pricing"
import {
  AgreementsWithBalancesFilter,
  buildAgreementsWithBalancesQuery,
} from "./queries/agreements-with-balances"

type InjectedDependencies = Record<string, unknown>

/** Sequence behind agreement numbers; created by the module's migration. */
export const AGREEMENT_NUMBER_SEQUENCE = "sales_agreement_number_seq"

/**
 * Persistence of agreements, commitments, confirmation versions and the
 * fulfillment ledger. Business rules live in src/domain and in the workflows.
 */
export default class SalesAgreementModuleService extends MedusaService({
  SalesAgreement,
  SalesAgreementLine,
  SalesAgreementVersion,
  SalesAgreementLedgerEntry,
  SalesAgreementPolicy,
}) {
  protected readonly options_: SalesAgreementModuleOptions

  constructor(container: InjectedDependencies, options: SalesAgreementModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  /** The options the plugin was registered with. */
  getOptions(): SalesAgreementModuleOptions {
    return this.options_
  }

  /** Reserves `count` agreement numbers (`SA-000042`) from the database sequence. */
  @InjectManager()
  async reserveAgreementNumbers(
    count: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.reserveAgreementNumbers_(count, sharedContext)
  }

  @InjectTransactionManager()
  protected async reserveAgreementNumbers_(
    count: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (count <= 0) {
      return []
    }
    const manager = sharedContext.transactionManager as any
    const prefix = this.options_.number_prefix ?? "SA-"
    const rows: { n: string }[] = await manager.execute(
      `select nextval('${AGREEMENT_NUMBER_SEQUENCE}')::text as n from generate_series(1, ?)`,
      [count]
    )
    return rows.map((r) => `${prefix}${r.n.padStart(6, "0")}`)
  }

  /**
   * Agreements matching `filter`, each with its live commitments and their
   * ledger balances, read in one SQL round trip (the pricing hot path).
   */
  @InjectManager()
  async listAgreementsWithBalances(
    filter: AgreementsWithBalancesFilter,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AgreementWithBalances[]> {
    const manager = sharedContext.manager as any
    const { sql, params } = buildAgreementsWithBalancesQuery(filter)
    const rows: any[] = await manager.execute(sql, params)
    const byId = new Map<string, AgreementWithBalances>()
    for (const r of rows) {
      let agreement = byId.get(r.agreement_id)
      if (!agreement) {
        agreement = {
          id: r.agreement_id,
          number: r.agreement_number,
          title: r.agreement_title,
          customer_id: r.customer_id,
          currency_code: r.currency_code,
          status: r.agreement_status,
          effective_date: new Date(r.agreement_effective_date),
          expiration_date: new Date(r.agreement_expiration_date),
          auto_apply: r.auto_apply,
          payment_terms: r.payment_terms,
          delivery_terms: r.delivery_terms,
          shipping_address: r.shipping_address,
          dimensions: r.agreement_dimensions,
          policy_rules: r.policy_rules ?? [],
          lines: [],
        }
        byId.set(r.agreement_id, agreement)
      }
      if (r.id) {
        agreement.lines.push({
          id: r.id,
          line_number: r.line_number,
          commitment_type: r.commitment_type,
          product_variant_id: r.product_variant_id,
          product_id: r.product_id,
          product_category_id: r.product_category_id,
          quantity: r.quantity,
          unit_label: r.unit_label,
          amount: r.amount,
          unit_price: r.unit_price,
          price_unit: r.price_unit,
          discount_percent: r.discount_percent,
          discount_amount: r.discount_amount,
          effective_date: r.effective_date ? new Date(r.effective_date) : null,
          expiration_date: r.expiration_date ? new Date(r.expiration_date) : null,
          max_enforced: r.max_enforced,
          price_fixed: r.price_fixed,
          min_release_amount: r.min_release_amount,
          max_release_amount: r.max_release_amount,
          ordered_quantity: r.ordered_quantity ?? "0",
          ordered_amount: r.ordered_amount ?? "0",
          returned_quantity: r.returned_quantity ?? "0",
          returned_amount: r.returned_amount ?? "0",
        })
      }
    }
    return [...byId.values()]
  }
}
