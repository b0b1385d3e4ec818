import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Boots this repository as a Medusa application with the plugin's modules loaded
 * from source (development and tests). A host application registers the built
 * package instead: `plugins: [{ resolve: "medusa-plugin-sales-agreements", options }]`.
 */
const pluginOptions = {
  auto_apply: process.env.SALES_AGREEMENT_AUTO_APPLY !== "false",
  prepared_statements: process.env.SALES_AGREEMENT_PREPARED_STATEMENTS !== "false",
}

const specialOrderOptions = {
  auto_carry_out: process.env.SPECIAL_ORDER_AUTO_CARRY_OUT === "true",
  vendor_portal_url: process.env.VENDOR_PORTAL_URL || "http://localhost:9000/vendor/purchase-orders",
}

/**
 * Locks (Medusa's cart completion lock, the plugin's purchase-order lock) must
 * hold across every process serving the store: with REDIS_URL they live in
 * Redis, otherwise in PostgreSQL (`locking-postgres`), never in one process's
 * memory — two processes completing the same cart at once would otherwise
 * place two orders. With REDIS_URL the event bus and the workflow engine use
 * Redis too, so server and worker processes share events and workflow state.
 */
const redisUrl = process.env.REDIS_URL
const lockingModule = {
  resolve: "@medusajs/medusa/locking",
  options: {
    providers: [
      redisUrl
        ? { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }
        : { resolve: "@medusajs/medusa/locking-postgres", id: "locking-postgres", is_default: true },
    ],
  },
}
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined) || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLE === "true",
  },
  modules: [
    lockingModule,
    ...redisModules,
    {
      resolve: "./src/modules/sales-agreement",
      options: pluginOptions,
    },
    {
      resolve: "./src/modules/special-order",
      options: specialOrderOptions,
    },
    {
      // Vendors receive purchase orders by email through the Notification
      // module; in development and tests the local provider logs them (and the
      // module stores every notification, which the tests read back).
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
  ],
})
