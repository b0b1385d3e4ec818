export * from "./reprice-cart"
