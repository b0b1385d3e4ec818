export enum PluginModule {
  SALES_AGREEMENT = "salesAgreement",
}
