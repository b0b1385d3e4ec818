export * from "./create-release-order"
