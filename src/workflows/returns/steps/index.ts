export * from "./compute-return-movements"
export * from "./ensure-return-link"
export * from "./update-return-link"
