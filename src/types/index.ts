export * from "./modules"
export * from "./sales-agreement"
export * from "./special-order"
