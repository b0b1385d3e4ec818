import { Context } from "@medusajs/framework/types"
import { reserveDocumentNumbers } from "../../utils/document-numbers"
import { executePrepared } from "../../utils/prepared-query"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { checkConsumption } from "../../domain/ledger/check-consumption"
import type { LedgerEntryInput, RecordLedgerEntriesResult } from "../../types/sales-agreement/ledger"
import { RECORD_LEDGER_SQL, RecordLedgerCallResult } from "./queries/ledger"
import {
  SalesAgreement,
  SalesAgreementLedgerEntry,
  SalesAgreementLine,
  SalesAgreementEventLog,
  SalesAgreementPolicy,
  SalesAgreementReturnLink,
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
  SalesAgreementReturnLink,
  SalesAgreementEventLog,
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
    return await reserveDocumentNumbers(sharedContext.transactionManager as any, AGREEMENT_NUMBER_SEQUENCE, this.options_.number_prefix ?? "SA-", count)
  }

  /**
   * Agreements matching `filter`, each with its live commitments and their
   * ledger balances, read in one SQL round trip (the pricing hot path), as a
   * prepared statement unless the `prepared_statements` option is false.
   */
  async listAgreementsWithBalances(
    filter: AgreementsWithBalancesFilter,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AgreementWithBalances[]> {
    const { sql, params } = buildAgreementsWithBalancesQuery(filter)
    // no forked entity manager here (no entity is loaded): a transaction's own
    // connection when there is one, else a connection of the app's pool
    const manager: any = sharedContext.transactionManager ?? sharedContext.manager ?? (this as any).baseRepository_.manager_
    const rows: any[] =
      sharedContext.transactionManager || this.options_.prepared_statements === false
        ? await manager.execute(sql, params)
        : await executePrepared(manager, sql, params)
    // the rows already have the result's shape: only dates are converted
    for (const r of rows) {
      if (!(r.effective_date instanceof Date)) r.effective_date = new Date(r.effective_date)
      if (!(r.expiration_date instanceof Date)) r.expiration_date = new Date(r.expiration_date)
      r.policy_rules ??= []
      r.lines ??= []
      for (const l of r.lines) {
        l.effective_date = l.effective_date ? new Date(l.effective_date) : null
        l.expiration_date = l.expiration_date ? new Date(l.expiration_date) : null
      }
    }
    return rows as AgreementWithBalances[]
  }

  /**
   * Appends movements to the fulfillment ledger as one atomic decision. The
   * commitments concerned are locked (`FOR UPDATE`, in id order so concurrent
   * checkouts never deadlock) across every process sharing the database; with
   * `enforce_max`, new `ordered` movements must fit the remaining balance of
   * max-enforced commitments or nothing is written (400 naming each line and
   * its remaining balance). Movements whose idempotency key is already
   * recorded are skipped, so retries and duplicate events never count twice.
   * The whole decision is one database call, which is its own transaction
   * unless the caller passes one: the locks last while the database works,
   * never across a round trip to the app.
   */
  @InjectManager()
  async recordLedgerEntries(
    entries: LedgerEntryInput[],
    options: { enforce_max?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordLedgerEntriesResult> {
    if (!entries.length) {
      return { inserted_ids: [], skipped_keys: [] }
    }
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    const lineIds = [...new Set(entries.map((e) => e.sales_agreement_line_id))].sort()
    // one entry per key (the first wins); keys already in the ledger are skipped by the database
    const byKey = new Map<string, LedgerEntryInput>()
    for (const e of entries) if (!byKey.has(e.idempotency_key)) byKey.set(e.idempotency_key, e)
    const rows = [...byKey.values()].map((e) => ({
      id: generateEntityId(undefined, "sagrle"),
      sales_agreement_id: e.sales_agreement_id,
      sales_agreement_line_id: e.sales_agreement_line_id,
      kind: e.kind,
      cart_id: e.cart_id ?? null,
      cart_line_item_id: e.cart_line_item_id ?? null,
      order_id: e.order_id ?? null,
      order_line_item_id: e.order_line_item_id ?? null,
      return_id: e.return_id ?? null,
      quantity: e.quantity,
      raw_quantity: { value: e.quantity, precision: 20 },
      amount: e.amount,
      raw_amount: { value: e.amount, precision: 20 },
      currency_code: e.currency_code,
      idempotency_key: e.idempotency_key,
      metadata: e.metadata ?? null,
    }))
    const [{ result }]: { result: RecordLedgerCallResult }[] = await manager.execute(RECORD_LEDGER_SQL, [
      JSON.stringify(lineIds),
      JSON.stringify(rows),
      !!options.enforce_max,
    ])
    if (result.commitments) {
      const violations = checkConsumption(result.commitments, result.requests ?? [])
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        violations.length
          ? `Max-enforced commitments would be exceeded: ${violations
              .map((v) => `line ${v.line_number} (${v.commitment_id}) has ${v.remaining} ${v.unit} remaining, ${v.requested} requested`)
              .join("; ")}`
          : "Max-enforced commitments would be exceeded",
        "SALES_AGREEMENT_MAX_EXCEEDED"
      )
    }
    const inserted = result.inserted ?? []
    const insertedKeys = new Set(inserted.map((i) => i.idempotency_key))
    return {
      inserted_ids: inserted.map((i) => i.id),
      skipped_keys: entries.map((e) => e.idempotency_key).filter((k) => !insertedKeys.has(k)),
    }
  }

  /**
   * Claims lifecycle events by key: returns the ones claimed now (to emit),
   * leaving out any already claimed by an earlier run or another process.
   */
  @InjectManager()
  async claimEvents(
    events: { key: string; event_name: string; data: Record<string, unknown> }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ key: string; event_name: string; data: Record<string, unknown> }[]> {
    if (!events.length) return []
    const manager = sharedContext.manager as any
    const claimed = new Set<string>()
    // 1,000 events (4,000 parameters) per statement: far below PostgreSQL's 65,535
    for (let i = 0; i < events.length; i += 1000) {
      const chunk = events.slice(i, i + 1000)
      const rows: { key: string }[] = await manager.execute(
        `insert into sales_agreement_event_log (id, key, event_name, data) values ${chunk
          .map(() => "(?, ?, ?, ?)")
          .join(", ")} on conflict (key) where deleted_at is null do nothing returning key`,
        chunk.flatMap((e) => [generateEntityId(undefined, "saevt"), e.key, e.event_name, JSON.stringify(e.data)])
      )
      for (const r of rows) claimed.add(r.key)
    }
    return events.filter((e) => claimed.has(e.key))
  }
}
