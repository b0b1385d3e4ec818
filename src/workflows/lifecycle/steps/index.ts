export * from "./emit-lifecycle-events"
