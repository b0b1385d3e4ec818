"use strict"

/**
 * `npm run dev`: dev PostgreSQL (embedded, data in .data/pg; or DATABASE_URL),
 * migrations, the demo seed (once), then `medusa develop` until Ctrl-C, after
 * which Postgres is stopped.
 */

const http = require("http")
const { startDatabase } = require("./embedded-db")
const { runCommand } = require("./with-db")

const DB_NAME = "medusa_sales_agreements"
const ADMIN_URL = "http://localhost:9000/app"

const log = (message) => console.log(`[dev] ${message}`)

function waitForServer(url, onReady) {
  let stopped = false
  const poll = () => {
    if (stopped) {
      return
    }
    http
      .get(url, (res) => {
        res.resume()
        if (res.statusCode === 200) {
          onReady()
        } else {
          setTimeout(poll, 1_000).unref()
        }
      })
      .on("error", () => setTimeout(poll, 1_000).unref())
  }
  setTimeout(poll, 1_000).unref()
  return () => (stopped = true)
}

async function main() {
  const db = await startDatabase({ purpose: "dev" })
  // Ctrl-C between steps (the steps themselves forward it) must still stop Postgres.
  let interrupted = null
  const onSignal = (signal) => (interrupted ??= signal)
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)

  const run = async (label, command, args, env) => {
    if (interrupted) {
      return 130
    }
    log(label)
    return runCommand(command, args, { env })
  }

  let code = 0
  try {
    const dbName = db.external ? new URL(db.url()).pathname.slice(1) || DB_NAME : DB_NAME
    if (await db.ensureDatabase(dbName).catch((e) => log(`Could not check database ${dbName}: ${e.message}`))) {
      log(`Created database ${dbName}`)
    }
    const env = { ...process.env, DATABASE_URL: db.url(dbName) }

    code = await run("Running migrations (medusa db:migrate)...", "medusa", ["db:migrate"], env)
    if (code === 0) {
      code = await run("Seeding demo data (once)...", "medusa", ["exec", "./scripts/seed-demo.ts"], env)
      if (code !== 0 && !interrupted) {
        log(
          db.external
            ? `The demo seed failed. Fix the cause, or reset database ${dbName}, and run again.`
            : `The demo seed failed. Fix the cause, or reset the dev database (stop, delete ${db.dataDir}), and run again.`
        )
      }
    }
    if (code === 0 && !interrupted) {
      const stopWaiting = waitForServer("http://localhost:9000/health", () =>
        log(
          [
            `Medusa is up. Admin: ${ADMIN_URL} (the dashboard may need a few more seconds to build)`,
            "  Admin login: admin@example.com / supersecret",
            "  Buyer login: buyer@example.com / supersecret",
            `  Database:    ${env.DATABASE_URL}`,
            "  Ctrl-C stops Medusa and the database.",
          ].join("\n")
        )
      )
      code = await run(`Starting medusa develop (admin at ${ADMIN_URL})...`, "medusa", ["develop"], env)
      stopWaiting()
    }
  } finally {
    await db.stop()
    if (!db.external) {
      log("Database stopped.")
    }
  }
  return interrupted ? { SIGINT: 130, SIGTERM: 143 }[interrupted] : code
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[dev] ${error.message}`)
    process.exit(1)
  }
)
