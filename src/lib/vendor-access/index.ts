export * from "./extract-vendor-secret"
export * from "./authenticate-vendor"
