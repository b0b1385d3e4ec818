export * from "./create-sales-agreement-policy"
export * from "./delete-sales-agreement-policy"
export * from "./update-sales-agreement-policy"
