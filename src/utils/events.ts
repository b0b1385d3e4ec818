/** Events the plugin emits (listed in the README). */
export const SalesAgreementEvents = {
  CREATED: "sales_agreement.created",
  STATUS_CHANGED: "sales_agreement.status_changed",
  CONFIRMED: "sales_agreement.confirmed",
  EXPIRED: "sales_agreement.expired",
  EXPIRING: "sales_agreement.expiring",
  THRESHOLD_REACHED: "sales_agreement.threshold_reached",
} as const
