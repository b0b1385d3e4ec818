export * from "./prepare-release-order"
export * from "./propagate-agreement-dimensions"
