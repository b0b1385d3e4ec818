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
  SalesAgreementVersion,
} from "./models"
import { SalesAgreementModuleOptions } from "../../types/sales-agreement/options"

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
}
