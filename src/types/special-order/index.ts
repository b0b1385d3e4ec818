export * from "./options"
export * from "./service"
export * from "./workflows"
