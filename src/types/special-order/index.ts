export * from "./options"
