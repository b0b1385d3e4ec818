export * from "./compute-cart-agreement-pricing"
export * from "./write-cart-header"
