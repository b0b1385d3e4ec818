import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_AGREEMENT_MODULE } from "../../../modules/sales-agreement"
import type SalesAgreementModuleService from "../../../modules/sales-agreement/service"

export const attachCheckoutReservationsStepId = "attach-checkout-reservations"

/**
 * Test-only crash point, inert unless this variable is "1": the process then
 * kills itself (SIGKILL) once the order exists and before its ledger entries
 * are attached, so the tests can prove the reconciliation repairs a real crash
 * (integration-tests/http/ledger-proofs.spec.ts). Never set it in production.
 */
export const CRASH_BEFORE_LEDGER_ATTACH_ENV = "SALES_AGREEMENT_TEST_CRASH_BEFORE_LEDGER_ATTACH"

/**
 * This step gives the `ordered` entries a checkout wrote for a cart their
 * order and order line, once the order exists. Order lines are matched to cart
 * lines by variant, commitment and quantity (Medusa copies them in order and
 * keeps no cart line id), then, for lines edited since, by variant and
 * commitment alone. Idempotent: attached entries are left alone.
 */
export const attachCheckoutReservationsStep = createStep(
  attachCheckoutReservationsStepId,
  async (input: { cart_id: string }, { container }) => {
    const service = container.resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
    const pending = await service.listSalesAgreementLedgerEntries({ cart_id: input.cart_id, order_id: null })
    if (!pending.length) {
      return new StepResponse({ attached: 0, order_id: null as string | null }, [] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "items.id", "items.variant_id", "items.quantity", "order.id"],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as any
    if (!cart?.order?.id) {
      return new StepResponse({ attached: 0, order_id: null as string | null }, [] as string[])
    }
    const {
      data: [order],
    } = (await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.variant_id", "items.metadata", "items.detail.quantity"],
      filters: { id: cart.order.id },
    })) as { data: any[] }
    if (process.env[CRASH_BEFORE_LEDGER_ATTACH_ENV] === "1") {
      process.kill(process.pid, "SIGKILL")
    }
    const used = new Set<string>()
    const matched = new Map<string, string>()
    const items = (order.items ?? []) as any[]
    // first the exact copy (commitment, variant, quantity), then a line whose
    // quantity was edited since
    for (const sameQuantity of [true, false]) {
      for (const entry of pending) {
        if (matched.has(entry.id)) continue
        const cartLine = cart.items?.find((i: any) => i.id === entry.cart_line_item_id)
        const orderLine = items.find(
          (o: any) =>
            !used.has(o.id) &&
            o.metadata?.sales_agreement_line_id === entry.sales_agreement_line_id &&
            (!cartLine ||
              (o.variant_id === cartLine.variant_id &&
                (!sameQuantity || o.detail?.quantity === undefined || Number(o.detail.quantity) === Number(cartLine.quantity))))
        )
        if (orderLine) {
          used.add(orderLine.id)
          matched.set(entry.id, orderLine.id)
        }
      }
    }
    const updates = pending.map((entry) => ({ id: entry.id, order_id: order.id as string, order_line_item_id: matched.get(entry.id) ?? null }))
    await service.updateSalesAgreementLedgerEntries(updates as any)
    return new StepResponse({ attached: updates.length, order_id: order.id as string | null }, updates.map((u) => u.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<SalesAgreementModuleService>(SALES_AGREEMENT_MODULE)
      .updateSalesAgreementLedgerEntries(ids.map((id) => ({ id, order_id: null, order_line_item_id: null })) as any)
  }
)
