"use strict"

/**
 * `npm run reconcile -- [--fix]`: the ledger reconciliation against the dev
 * database (embedded PostgreSQL, or DATABASE_URL), through `medusa exec`.
 */
const { startDatabase } = require("./embedded-db")
const { runCommand } = require("./with-db")

const DB_NAME = "medusa_sales_agreements"

async function main() {
  const db = await startDatabase({ purpose: "dev" })
  let code = 1
  try {
    const dbName = db.external ? new URL(db.url()).pathname.slice(1) || DB_NAME : DB_NAME
    const env = { ...process.env, DATABASE_URL: db.url(dbName) }
    code = await runCommand("medusa", ["exec", "./src/scripts/reconcile-ledger.ts", ...process.argv.slice(2)], { env })
  } finally {
    await db.stop()
  }
  process.exit(code)
}

main().catch((e) => {
  console.error(`[reconcile] ${e.message}`)
  process.exit(1)
})
