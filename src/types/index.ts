export * from "./modules"
export * from "./sales-agreement"
