import BigNumber from "bignumber.js"
import { readStatus } from "../../../domain/agreements/status-transitions"
import type { AgreementWithBalances, CommitmentWithBalance } from "../../../types"

const remaining = (committed: string | null, ordered: string, returned: string) =>
  committed === null ? null : new BigNumber(committed).minus(ordered).plus(returned).toFixed()

/** A commitment as the storefront sees it: terms and what is left to buy. */
export function formatStoreCommitment(l: CommitmentWithBalance) {
  return {
    id: l.id,
    line_number: l.line_number,
    commitment_type: l.commitment_type,
    product_variant_id: l.product_variant_id,
    product_id: l.product_id,
    product_category_id: l.product_category_id,
    unit_label: l.unit_label,
    unit_price: l.unit_price,
    price_unit: l.price_unit,
    discount_percent: l.discount_percent,
    discount_amount: l.discount_amount,
    effective_date: l.effective_date,
    expiration_date: l.expiration_date,
    max_enforced: l.max_enforced,
    price_fixed: l.price_fixed,
    min_release_amount: l.min_release_amount,
    max_release_amount: l.max_release_amount,
    committed_quantity: l.quantity,
    committed_amount: l.amount,
    ordered_quantity: l.ordered_quantity,
    ordered_amount: l.ordered_amount,
    returned_quantity: l.returned_quantity,
    returned_amount: l.returned_amount,
    remaining_quantity: remaining(l.quantity, l.ordered_quantity, l.returned_quantity),
    remaining_amount: remaining(l.amount, l.ordered_amount, l.returned_amount),
  }
}

/** An agreement as its customer sees it (no internal metadata). */
export function formatStoreAgreement(a: AgreementWithBalances, now = new Date()) {
  return {
    id: a.id,
    number: a.number,
    title: a.title,
    currency_code: a.currency_code,
    status: a.status,
    display_status: readStatus(a, now),
    effective_date: a.effective_date,
    expiration_date: a.expiration_date,
    payment_terms: a.payment_terms,
    delivery_terms: a.delivery_terms,
    shipping_address: a.shipping_address,
    dimensions: a.dimensions,
    auto_apply: a.auto_apply,
    lines: a.lines.map(formatStoreCommitment),
  }
}
