/** Options of the plugin (`plugins: [{ resolve, options }]`), passed to its modules. */
export interface SalesAgreementModuleOptions {
  /** Prefix of generated agreement numbers. Default `SA-`. */
  number_prefix?: string
  /** Link an applicable `auto_apply` agreement to a customer's cart automatically. Default true. */
  auto_apply?: boolean
  /** fulfillment percentages that raise `sales_agreement.threshold_reached`. Default [80, 100]. */
  threshold_percentages?: number[]
  /** days before expiration that raise `sales_agreement.expiring`. Default 30. */
  expiring_days?: number
  /**
   * Send the pricing hot path's agreement read as a named prepared statement
   * (planned once per connection). Default true; set false behind a connection
   * pooler in transaction mode that does not keep prepared statements
   * (PgBouncer before 1.21 or without `max_prepared_statements`).
   */
  prepared_statements?: boolean
}
