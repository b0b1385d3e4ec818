export * from "./attach-checkout-reservations"
export * from "./release-checkout-reservations"
export * from "./compute-order-reversals"
export * from "./record-ledger-entries"
