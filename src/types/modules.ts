export enum PluginModule {
  SALES_AGREEMENT = "salesAgreement",
  SPECIAL_ORDER = "specialOrder",
}
