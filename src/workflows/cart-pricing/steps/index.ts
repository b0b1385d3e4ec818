export * from "./compute-cart-agreement-pricing"
