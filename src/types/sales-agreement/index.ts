export * from "./module"
export * from "./options"
