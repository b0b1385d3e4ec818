export * from "./reprice-cart"
export * from "./link-cart-and-add-items"
