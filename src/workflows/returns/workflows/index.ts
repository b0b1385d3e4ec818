export * from "./set-return-agreement-link"
export * from "./sync-return-consumption"
