export * from "./module"
export * from "./options"
export * from "./pricing"
export * from "./ledger"
