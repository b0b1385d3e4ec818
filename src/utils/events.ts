/** Events the plugin emits (listed in the README). */
export const SalesAgreementEvents = {
  CREATED: "sales_agreement.created",
  STATUS_CHANGED: "sales_agreement.status_changed",
  CONFIRMED: "sales_agreement.confirmed",
} as const
