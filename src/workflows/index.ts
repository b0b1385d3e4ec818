export * from "./sales-agreement/workflows"
export * from "./sales-agreement/steps"
