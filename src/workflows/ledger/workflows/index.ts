export * from "./release-checkout-reservations"
export * from "./attach-checkout-reservations"
export * from "./reverse-order-consumption"
