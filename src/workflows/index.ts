export * from "./sales-agreement/workflows"
export * from "./sales-agreement/steps"
export * from "./cart-pricing/workflows"
export * from "./cart-pricing/steps"
