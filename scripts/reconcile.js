"use strict"

/**
 * `npm run reconcile -- [--fix] [--batch-size=N]`: the ledger reconciliation
 * against the dev database (embedded PostgreSQL, or DATABASE_URL), through
 * `medusa exec`. The Medusa CLI refuses options it does not know (`--fix`), so
 * they are handed to the script as plain arguments (`fix`, `batch-size=N`).
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
    const args = process.argv.slice(2).map((a) => a.replace(/^--?/, ""))
    code = await runCommand("medusa", ["exec", "./src/scripts/reconcile-ledger.ts", ...args], { env })
  } finally {
    await db.stop()
  }
  process.exit(code)
}

main().catch((e) => {
  console.error(`[reconcile] ${e.message}`)
  process.exit(1)
})
