import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SPECIAL_ORDER_MODULE } from ".."
import type { RequisitionLineDraft } from "../../../domain/special-orders/types"
import SpecialOrderModuleService, { PURCHASE_ORDER_NUMBER_SEQUENCE } from "../service"

jest.setTimeout(60_000)

const draft = (overrides: Partial<RequisitionLineDraft> = {}): RequisitionLineDraft => ({
  vendor_id: "vend_a",
  product_variant_id: "variant_1",
  vendor_sku: "V-1",
  title: "Widget",
  quantity: 2,
  unit_cost: "12.345",
  currency_code: "eur",
  due_date: new Date("2026-03-10T00:00:00Z"),
  kind: "special_order",
  purchasing_code_id: "pcode_so",
  order_id: "order_1",
  order_line_item_id: "ordli_1",
  ship_to: null,
  ...overrides,
})

moduleIntegrationTestRunner<SpecialOrderModuleService>({
  moduleName: SPECIAL_ORDER_MODULE,
  resolve: "./src/modules/special-order",
  testSuite: ({ service, MikroOrmWrapper }) => {
    let vendorA: string
    let vendorB: string

    beforeEach(async () => {
      await MikroOrmWrapper.forkManager().execute(`create sequence if not exists "${PURCHASE_ORDER_NUMBER_SEQUENCE}"`)
      const [a, b] = await service.createVendors([
        { name: "Acme", email: "po@acme.test", currency_code: "eur", lead_time_days: 5 },
        { name: "Bolt & Co", email: "po@bolt.test", currency_code: "usd", lead_time_days: 2 },
      ])
      vendorA = a.id
      vendorB = b.id
    })

    describe("SpecialOrderModuleService", () => {
      describe("reservePurchaseOrderNumbers", () => {
        it("should hand out distinct PO numbers, also concurrently", async () => {
          const all = (await Promise.all(Array.from({ length: 5 }, () => service.reservePurchaseOrderNumbers(4)))).flat()
          expect(new Set(all).size).toBe(20)
          all.forEach((n) => expect(n).toMatch(/^PO-\d{6,}$/))
        })
      })

      describe("raiseRequisitionLines", () => {
        it("should raise one line per order line whatever the deliveries", async () => {
          const drafts = [
            draft({ vendor_id: vendorA, order_line_item_id: "ordli_1" }),
            draft({ vendor_id: vendorA, order_line_item_id: "ordli_2", quantity: 3 }),
          ]
          const runs = await Promise.all(Array.from({ length: 6 }, () => service.raiseRequisitionLines(drafts)))
          expect(runs.flat()).toHaveLength(2)
          expect(await service.raiseRequisitionLines(drafts)).toEqual([])
          const lines = await service.listRequisitionLines({ order_id: "order_1" })
          expect(lines).toHaveLength(2)
          const first = lines.find((l) => l.order_line_item_id === "ordli_1")!
          expect(first).toEqual(
            expect.objectContaining({ status: "open", action_message: "new", vendor_id: vendorA, quantity: 2, kind: "special_order" })
          )
          expect((first as any).raw_unit_cost.value).toBe("12.345")
        })
      })

      describe("carryOutRequisitionLines", () => {
        it("should create one draft PO per vendor, and per sales order for drop shipments", async () => {
          const ship = { address_1: "1 Customer Road", city: "Lyon", country_code: "fr" }
          await service.raiseRequisitionLines([
            draft({ vendor_id: vendorA, order_line_item_id: "l1", due_date: new Date("2026-03-12T00:00:00Z") }),
            draft({ vendor_id: vendorA, order_line_item_id: "l2", order_id: "order_2", due_date: new Date("2026-03-11T00:00:00Z") }),
            draft({ vendor_id: vendorB, order_line_item_id: "l3" }),
            draft({ vendor_id: vendorA, order_line_item_id: "l4", kind: "drop_shipment", ship_to: ship }),
            draft({ vendor_id: vendorA, order_line_item_id: "l5", kind: "drop_shipment", order_id: "order_2", ship_to: ship }),
            draft({ vendor_id: null, order_line_item_id: "l6" }),
          ])
          const pos = await service.carryOutRequisitionLines({ warehouse_address: { address_1: "Warehouse" } })
          expect(pos).toHaveLength(4)
          const so = pos.filter((p) => p.kind === "special_order")
          expect(so.map((p) => [p.vendor_id, p.lines.length, p.currency_code]).sort()).toEqual(
            [[vendorA, 2, "eur"], [vendorB, 1, "usd"]].sort()
          )
          const acme = so.find((p) => p.vendor_id === vendorA)!
          expect(acme.ship_to).toEqual({ address_1: "Warehouse" })
          expect(new Date(acme.due_date!).toISOString()).toBe("2026-03-11T00:00:00.000Z")
          expect(acme.lines.map((l) => l.line_number)).toEqual([1, 2])
          const drops = pos.filter((p) => p.kind === "drop_shipment")
          expect(drops.map((p) => p.order_id).sort()).toEqual(["order_1", "order_2"])
          drops.forEach((p) => expect(p.ship_to).toEqual(ship))
          expect(new Set(pos.map((p) => p.number)).size).toBe(4)

          const lines = await service.listRequisitionLines({})
          const vendorless = lines.find((l) => l.order_line_item_id === "l6")!
          expect(vendorless.status).toBe("open")
          for (const l of lines.filter((l) => l.order_line_item_id !== "l6")) {
            expect(l.status).toBe("carried_out")
            const po = pos.find((p) => p.id === l.purchase_order_id)!
            expect(po.lines.find((pl) => pl.id === l.purchase_order_line_id)).toEqual(
              expect.objectContaining({ requisition_line_id: l.id, order_line_item_id: l.order_line_item_id, unit_cost: "12.345" })
            )
          }
          expect(await service.carryOutRequisitionLines({})).toEqual([])
        })

        it("should carry out a line exactly once under concurrent carry-outs", async () => {
          await service.raiseRequisitionLines(
            Array.from({ length: 8 }, (_, i) => draft({ vendor_id: i % 2 ? vendorA : vendorB, order_line_item_id: `c${i}` }))
          )
          const runs = await Promise.all(Array.from({ length: 5 }, () => service.carryOutRequisitionLines({})))
          const poLines = runs.flat().flatMap((p) => p.lines)
          expect(poLines).toHaveLength(8)
          expect(new Set(poLines.map((l) => l.requisition_line_id)).size).toBe(8)
          const stored = await service.listPurchaseOrderLines({})
          expect(stored).toHaveLength(8)
        })

        it("should carry out only the chosen lines and undo a carry-out", async () => {
          const raised = await service.raiseRequisitionLines([
            draft({ vendor_id: vendorA, order_line_item_id: "u1" }),
            draft({ vendor_id: vendorA, order_line_item_id: "u2" }),
          ])
          const [po] = await service.carryOutRequisitionLines({ ids: [raised[0].id] })
          expect(po.lines.map((l) => l.requisition_line_id)).toEqual([raised[0].id])
          await service.undoCarryOut([po.id])
          const lines = await service.listRequisitionLines({ id: raised.map((r) => r.id) })
          lines.forEach((l) => expect(l).toEqual(expect.objectContaining({ status: "open", purchase_order_id: null })))
          expect(await service.listPurchaseOrders({ id: po.id })).toHaveLength(0)
        })
      })

      describe("cancelOrderRequisitionLines", () => {
        it("should cancel open lines and flag PO lines of the order, once", async () => {
          const raised = await service.raiseRequisitionLines([
            draft({ vendor_id: vendorA, order_line_item_id: "x1" }),
            draft({ vendor_id: vendorA, order_line_item_id: "x2" }),
            draft({ vendor_id: vendorA, order_line_item_id: "y1", order_id: "order_other" }),
          ])
          const [po] = await service.carryOutRequisitionLines({ ids: [raised[0].id, raised[2].id] })
          const result = await service.cancelOrderRequisitionLines(["order_1"], "sales order canceled")
          expect(result.canceled_requisition_line_ids).toEqual([raised[1].id])
          expect(result.flagged_purchase_order_line_ids).toHaveLength(1)
          const lines = await service.listPurchaseOrderLines({ purchase_order_id: po.id } as any)
          expect(lines.find((l) => l.order_id === "order_1")).toEqual(
            expect.objectContaining({ flagged: true, flag_reason: "sales order canceled" })
          )
          expect(lines.find((l) => l.order_id === "order_other")!.flagged).toBe(false)
          const [canceled] = await service.listRequisitionLines({ id: raised[1].id })
          expect(canceled).toEqual(expect.objectContaining({ status: "canceled", action_message: "cancel" }))
          expect(await service.cancelOrderRequisitionLines(["order_1"], "again")).toEqual({
            canceled_requisition_line_ids: [],
            flagged_purchase_order_line_ids: [],
          })
        })
      })
    })
  },
})
