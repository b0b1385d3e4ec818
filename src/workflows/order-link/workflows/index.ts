export * from "./unlink-order-lines"
