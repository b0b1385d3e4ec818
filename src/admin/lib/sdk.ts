import Medusa from "@medusajs/js-sdk"

/** JS SDK client for the admin dashboard: same origin, authenticated by the dashboard's session cookie. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
