export * from "./emit-sales-agreement-lifecycle-events"
