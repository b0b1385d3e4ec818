export * from "./create-lock-owner"
