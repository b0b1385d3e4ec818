/** Options of the plugin (`plugins: [{ resolve, options }]`), passed to its modules. */
export interface SalesAgreementModuleOptions {
  /** Prefix of generated agreement numbers. Default `SA-`. */
  number_prefix?: string
  /** Link an applicable `auto_apply` agreement to a customer's cart automatically. Default true. */
  auto_apply?: boolean
}
