import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SALES_AGREEMENT_MODULE } from ".."
import SalesAgreementModuleService, { AGREEMENT_NUMBER_SEQUENCE } from "../service"
import { CREATE_RECORD_LEDGER_FUNCTION_SQL } from "../queries/ledger"
import { CREATE_LEDGER_BALANCE_SQL, REBUILD_LEDGER_BALANCE_SQL } from "../queries/ledger-balance"

jest.setTimeout(60_000)

const header = {
  customer_id: "cus_test",
  currency_code: "eur",
  effective_date: new Date("2026-01-01T00:00:00Z"),
  expiration_date: new Date("2026-12-31T23:59:59Z"),
}

moduleIntegrationTestRunner<SalesAgreementModuleService>({
  moduleName: SALES_AGREEMENT_MODULE,
  resolve: "./src/modules/sales-agreement",
  testSuite: ({ service, MikroOrmWrapper }) => {
    // the runner syncs tables from the models; the sequence, the balances and the ledger function come from the migrations
    beforeEach(async () => {
      await MikroOrmWrapper.forkManager().execute(`create sequence if not exists "${AGREEMENT_NUMBER_SEQUENCE}"`)
      await MikroOrmWrapper.forkManager().execute(CREATE_LEDGER_BALANCE_SQL)
      await MikroOrmWrapper.forkManager().execute(CREATE_RECORD_LEDGER_FUNCTION_SQL)
    })

    describe("SalesAgreementModuleService", () => {
      describe("reserveAgreementNumbers", () => {
        it("should hand out distinct, increasing, zero-padded numbers, also concurrently", async () => {
          const batches = await Promise.all(
            Array.from({ length: 10 }, () => service.reserveAgreementNumbers(3))
          )
          const all = batches.flat()
          expect(all).toHaveLength(30)
          expect(new Set(all).size).toBe(30)
          for (const n of all) {
            expect(n).toMatch(/^SA-\d{6,}$/)
          }
        })
      })

      describe("createSalesAgreements", () => {
        it("should create a header with its commitments and keep decimals exact", async () => {
          const [number] = await service.reserveAgreementNumbers(1)
          const created = await service.createSalesAgreements({
            ...header,
            number,
            lines: [
              {
                line_number: 1,
                commitment_type: "product_quantity",
                product_variant_id: "variant_1",
                quantity: "500",
                unit_price: "0.123456789012345678",
                price_unit: "100",
              },
              { line_number: 2, commitment_type: "value", amount: "10000.10" },
            ],
          } as any)
          const [read] = await service.listSalesAgreements({ id: created.id }, { relations: ["lines"] })
          expect(read.number).toBe(number)
          expect(read.status).toBe("draft")
          expect(read.confirmation_status).toBe("unconfirmed")
          expect(read.current_version).toBe(0)
          const lines = [...(read as any).lines].sort((a, b) => a.line_number - b.line_number)
          expect(lines).toHaveLength(2)
          expect(lines[0].raw_unit_price.value).toBe("0.123456789012345678")
          expect(lines[1].raw_amount.value).toBe("10000.1")
        })

        it("should refuse two live agreements with the same number", async () => {
          await service.createSalesAgreements({ ...header, number: "SA-DUP" } as any)
          await expect(service.createSalesAgreements({ ...header, number: "SA-DUP" } as any)).rejects.toThrow()
          expect(await service.listSalesAgreements({ number: "SA-DUP" })).toHaveLength(1)
        })

        it("should refuse two lines with the same line number on one agreement", async () => {
          const a = await service.createSalesAgreements({ ...header, number: "SA-L" } as any)
          await service.createSalesAgreementLines({ sales_agreement_id: a.id, line_number: 1, commitment_type: "value", amount: 1 } as any)
          await expect(
            service.createSalesAgreementLines({ sales_agreement_id: a.id, line_number: 1, commitment_type: "value", amount: 2 } as any)
          ).rejects.toThrow()
        })
      })

      describe("createSalesAgreementVersions", () => {
        it("should store each version number once per agreement", async () => {
          const a = await service.createSalesAgreements({ ...header, number: "SA-V" } as any)
          const v = { sales_agreement_id: a.id, version: 1, snapshot: { version: 1 }, confirmed_at: new Date() }
          await service.createSalesAgreementVersions(v as any)
          await expect(service.createSalesAgreementVersions(v as any)).rejects.toThrow()
          const versions = await service.listSalesAgreementVersions({ sales_agreement_id: a.id })
          expect(versions.map((x) => x.version)).toEqual([1])
        })
      })

      describe("createSalesAgreementLedgerEntries", () => {
        it("should never store two entries with the same idempotency key", async () => {
          const entry = {
            sales_agreement_id: "sagr_1",
            sales_agreement_line_id: "sagrl_1",
            kind: "ordered",
            order_id: "order_1",
            order_line_item_id: "ordli_1",
            quantity: 2,
            amount: "17.00",
            currency_code: "eur",
            idempotency_key: "ordered:ordli_1",
          }
          await service.createSalesAgreementLedgerEntries(entry as any)
          const results = await Promise.allSettled(
            Array.from({ length: 5 }, () => service.createSalesAgreementLedgerEntries(entry as any))
          )
          expect(results.every((r) => r.status === "rejected")).toBe(true)
          expect(await service.listSalesAgreementLedgerEntries({ idempotency_key: entry.idempotency_key })).toHaveLength(1)
        })
      })

      describe("listAgreementsWithBalances", () => {
        it("should return headers, live lines and exact ledger balances in one read", async () => {
          const a = await service.createSalesAgreements({
            ...header,
            number: "SA-BAL",
            status: "effective",
            lines: [
              { line_number: 1, commitment_type: "product_quantity", product_variant_id: "v1", quantity: "10", unit_price: "0.1" },
              { line_number: 2, commitment_type: "value", amount: "100.01" },
            ],
          } as any)
          const [read] = await service.listSalesAgreements({ id: a.id }, { relations: ["lines"] })
          const [q, v] = [...(read as any).lines].sort((x: any, y: any) => x.line_number - y.line_number)
          const entry = (line: any, kind: string, quantity: string, amount: string, key: string) => ({
            sales_agreement_id: a.id, sales_agreement_line_id: line.id, kind, quantity, amount,
            currency_code: "eur", idempotency_key: key,
          })
          await service.createSalesAgreementLedgerEntries([
            entry(q, "ordered", "3", "0.3", "k1"),
            entry(q, "ordered", "4", "0.4", "k2"),
            entry(q, "reversed", "1", "0.1", "k3"),
            entry(q, "returned", "2", "0.2", "k4"),
            entry(v, "ordered", "1", "0.1", "k5"),
            entry(v, "ordered", "1", "0.2", "k6"),
          ] as any)
          const deleted = await service.createSalesAgreementLines({ sales_agreement_id: a.id, line_number: 3, commitment_type: "value", amount: 1 } as any)
          await service.softDeleteSalesAgreementLines([(deleted as any).id])

          const [agreement] = await service.listAgreementsWithBalances({ id: a.id })
          expect(agreement).toEqual(expect.objectContaining({ id: a.id, number: "SA-BAL", status: "effective", currency_code: "eur" }))
          expect(agreement.lines.map((l) => l.line_number)).toEqual([1, 2])
          expect(agreement.lines[0]).toEqual(
            expect.objectContaining({ unit_price: "0.1", quantity: "10", ordered_quantity: "6", ordered_amount: "0.6", returned_quantity: "2", returned_amount: "0.2" })
          )
          expect(agreement.lines[1]).toEqual(expect.objectContaining({ amount: "100.01", ordered_amount: "0.3", returned_amount: "0" }))

          // the prepared statement (default) and a plain statement inside a transaction read the same
          const manager = MikroOrmWrapper.forkManager()
          const inTransaction = await manager.transactional((trx: any) =>
            service.listAgreementsWithBalances({ id: a.id }, { transactionManager: trx })
          )
          expect(inTransaction).toEqual([agreement])
          // a checkout leaves out what its own cart holds
          await service.createSalesAgreementLedgerEntries([{ ...entry(q, "ordered", "2", "0.2", "k7"), cart_id: "cart_own" }] as any)
          const [atCheckout] = await service.listAgreementsWithBalances({ id: a.id, exclude_cart_id: "cart_own" })
          expect(atCheckout.lines[0]).toEqual(expect.objectContaining({ ordered_quantity: "6", ordered_amount: "0.6" }))
          const [others] = await service.listAgreementsWithBalances({ id: a.id, exclude_cart_id: "cart_other" })
          expect(others.lines[0]).toEqual(expect.objectContaining({ ordered_quantity: "8", ordered_amount: "0.8" }))
        })

        it("should filter by customer, status, currency and validity", async () => {
          await service.createSalesAgreements([
            { ...header, number: "SA-F1", status: "effective" },
            { ...header, number: "SA-F2", status: "draft" },
            { ...header, number: "SA-F3", status: "effective", currency_code: "usd" },
            { ...header, number: "SA-F4", status: "effective", customer_id: "cus_other" },
          ] as any)
          const found = await service.listAgreementsWithBalances({
            customer_id: "cus_test",
            status: "effective",
            currency_code: "EUR",
            valid_at: new Date("2026-06-01T00:00:00Z"),
          })
          expect(found.map((a) => a.number)).toEqual(["SA-F1"])
          expect(found[0].lines).toEqual([])
          expect(await service.listAgreementsWithBalances({ customer_id: "cus_test", valid_at: new Date("2027-06-01") })).toEqual([])
        })
      })

      describe("listAgreementsWithBalances for the lifecycle job", () => {
        it("should read only agreements with an event possibly due, in id order, page by page", async () => {
          const now = new Date("2026-06-01T00:00:00Z")
          const at = (iso: string) => new Date(iso)
          const line = (quantity: string) => ({ line_number: 1, commitment_type: "product_quantity", product_variant_id: "v", quantity })
          const created = await service.createSalesAgreements([
            { ...header, number: "SA-LC-EXPIRED", status: "effective", expiration_date: at("2026-05-01T00:00:00Z") },
            { ...header, number: "SA-LC-ANNOUNCED", status: "effective", expiration_date: at("2026-04-01T00:00:00Z") },
            { ...header, number: "SA-LC-EXPIRING", status: "effective", expiration_date: at("2026-06-20T00:00:00Z") },
            { ...header, number: "SA-LC-FAR", status: "effective", lines: [line("10")] },
            { ...header, number: "SA-LC-FULL", status: "effective", lines: [line("10")] },
            { ...header, number: "SA-LC-DRAFT", status: "draft", expiration_date: at("2026-05-01T00:00:00Z") },
          ] as any)
          const byNumber = Object.fromEntries((created as unknown as any[]).map((a: any) => [a.number, a]))
          const lineOf = async (n: string) => (await service.listSalesAgreementLines({ sales_agreement_id: byNumber[n].id }))[0]
          const far = await lineOf("SA-LC-FAR")
          const full = await lineOf("SA-LC-FULL")
          const ordered = (a: string, l: any, q: string, key: string) => ({
            sales_agreement_id: byNumber[a].id, sales_agreement_line_id: l.id, kind: "ordered", quantity: q, amount: "0", currency_code: "eur", idempotency_key: key,
          })
          await service.recordLedgerEntries([ordered("SA-LC-FAR", far, "7.99", "lc-1"), ordered("SA-LC-FULL", full, "8", "lc-2")] as any)
          const announced = byNumber["SA-LC-ANNOUNCED"]
          await service.claimEvents([
            { key: `expired:${announced.id}:${new Date(announced.expiration_date).getTime()}`, event_name: "sales_agreement.expired", data: {} },
          ])

          const lifecycle = { now, expiring_before: new Date(now.getTime() + 30 * 24 * 3600 * 1000), min_percent: 80 }
          const expected = ["SA-LC-EXPIRED", "SA-LC-EXPIRING", "SA-LC-FULL"].map((n) => byNumber[n].id).sort()
          const all = await service.listAgreementsWithBalances({ status: "effective", lifecycle, limit: 100 })
          expect(all.map((a) => a.id)).toEqual(expected)

          const paged: string[] = []
          let after: string | undefined
          for (let page = 0; page < 10; page++) {
            const batch = await service.listAgreementsWithBalances({ status: "effective", lifecycle, limit: 1, ...(after ? { after_id: after } : {}) })
            if (!batch.length) break
            expect(batch).toHaveLength(1)
            paged.push(batch[0].id)
            after = batch[0].id
          }
          expect(paged).toEqual(expected)
          // 79.9 % is below every threshold: FAR appears once its line reaches 80 %
          await service.recordLedgerEntries([ordered("SA-LC-FAR", far, "0.01", "lc-3")] as any)
          const again = await service.listAgreementsWithBalances({ status: "effective", lifecycle, limit: 100 })
          expect(again.map((a) => a.number).sort()).toEqual(["SA-LC-EXPIRED", "SA-LC-EXPIRING", "SA-LC-FAR", "SA-LC-FULL"])
        })
      })

      describe("recordLedgerEntries", () => {
        const setup = async () => {
          const a = await service.createSalesAgreements({
            ...header,
            number: `SA-LED-${Math.random()}`,
            lines: [{ line_number: 1, commitment_type: "product_quantity", product_variant_id: "v", quantity: "10", max_enforced: true }],
          } as any)
          const [line] = await service.listSalesAgreementLines({ sales_agreement_id: a.id })
          const entry = (key: string, quantity: string, kind = "ordered") => ({
            sales_agreement_id: a.id, sales_agreement_line_id: line.id, kind, quantity, amount: "0", currency_code: "eur", idempotency_key: key,
          })
          return { a, line, entry }
        }

        it("should accept movements up to the commitment and refuse the rest, all or nothing", async () => {
          const { line, entry } = await setup()
          await service.recordLedgerEntries([entry("a", "6") as any], { enforce_max: true })
          await expect(
            service.recordLedgerEntries([entry("b", "3") as any, entry("c", "2") as any], { enforce_max: true })
          ).rejects.toThrow(/line 1 .* has 4 quantity remaining, 5 requested/)
          expect(await service.listSalesAgreementLedgerEntries({ sales_agreement_line_id: line.id })).toHaveLength(1)
          await service.recordLedgerEntries([entry("r", "2", "returned") as any])
          const ok = await service.recordLedgerEntries([entry("b", "3") as any, entry("c", "3") as any], { enforce_max: true })
          expect(ok.inserted_ids).toHaveLength(2)
        })

        it("should keep each commitment's balance equal to its live entries, whoever writes them", async () => {
          const { a, line, entry } = await setup()
          const manager = MikroOrmWrapper.forkManager()
          const balance = async () => {
            const [found] = await service.listAgreementsWithBalances({ id: a.id })
            const l = found.lines[0]
            return [l.ordered_quantity, l.ordered_amount, l.returned_quantity, l.returned_amount].map(Number)
          }
          await service.recordLedgerEntries([
            { ...entry("o1", "4"), amount: "10.5" } as any,
            { ...entry("o2", "3"), amount: "7.25" } as any,
            { ...entry("rv", "1", "reversed"), amount: "2.5" } as any,
            { ...entry("rt", "2", "returned"), amount: "5" } as any,
          ])
          expect(await balance()).toEqual([6, 15.25, 2, 5])
          const [o2] = await service.listSalesAgreementLedgerEntries({ idempotency_key: "o2" })
          await service.softDeleteSalesAgreementLedgerEntries([o2.id])
          expect(await balance()).toEqual([3, 8, 2, 5])
          await service.restoreSalesAgreementLedgerEntries([o2.id])
          expect(await balance()).toEqual([6, 15.25, 2, 5])
          // hand-written SQL too: a changed quantity, a row deleted outright
          await manager.execute(
            `update sales_agreement_ledger_entry set quantity = 5, raw_quantity = '{"value":"5","precision":20}' where idempotency_key = 'o1'`
          )
          await manager.execute(`delete from sales_agreement_ledger_entry where idempotency_key = 'rt'`)
          expect(await balance()).toEqual([7, 15.25, 0, 0])
          // nothing for a full recomputation to repair
          const [{ repaired }] = await manager.execute(REBUILD_LEDGER_BALANCE_SQL)
          expect(repaired).toBe(0)
          // and a balance tampered with is repaired by it
          await manager.execute(`update sales_agreement_line_balance set ordered_quantity = 99 where sales_agreement_line_id = '${line.id}'`)
          expect((await manager.execute(REBUILD_LEDGER_BALANCE_SQL))[0].repaired).toBe(1)
          expect(await balance()).toEqual([7, 15.25, 0, 0])
        })

        it("should never exceed the commitment under 40 concurrent requests, nor count a key twice", async () => {
          const { line, entry } = await setup()
          const results = await Promise.allSettled(
            Array.from({ length: 40 }, (_, i) => service.recordLedgerEntries([entry(`k${i % 30}`, "1") as any], { enforce_max: true }))
          )
          const inserted = results.flatMap((r) => (r.status === "fulfilled" ? r.value.inserted_ids : []))
          expect(inserted).toHaveLength(10)
          const rows = await service.listSalesAgreementLedgerEntries({ sales_agreement_line_id: line.id })
          expect(rows).toHaveLength(10)
          expect(new Set(rows.map((r) => r.idempotency_key)).size).toEqual(10)
          for (const r of results) {
            if (r.status === "rejected") expect(String(r.reason.message)).toMatch(/remaining/)
          }
        })
      })
    })
  },
})
