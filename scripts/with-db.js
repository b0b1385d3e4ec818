"use strict"

/**
 * `node scripts/with-db.js <cmd> [args...]`: runs a command against a throwaway
 * test PostgreSQL (or the server named by DB_HOST) and exits with its code.
 * The Medusa test runners and `medusa plugin:db:generate` read DB_HOST, DB_PORT,
 * DB_USERNAME and DB_PASSWORD, not DATABASE_URL.
 */

const path = require("path")
const { spawn } = require("child_process")
const { startDatabase } = require("./embedded-db")

const REPO_ROOT = path.resolve(__dirname, "..")
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }

/**
 * Spawns `command` in its own process group with node_modules/.bin on PATH,
 * forwarding SIGINT/SIGTERM/SIGHUP to the group once. Resolves to its exit code.
 */
function runCommand(command, args, { env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      // Own group: a terminal Ctrl-C reaches only us, we forward it exactly
      // once, and we can clean up whatever the command left running.
      detached: true,
      env: {
        ...env,
        PATH: [path.join(REPO_ROOT, "node_modules", ".bin"), env.PATH].filter(Boolean).join(path.delimiter),
      },
    })
    let received = null
    const forward = (signal) => {
      received ??= signal
      try {
        process.kill(-child.pid, signal)
      } catch {
        // Already gone.
      }
    }
    const signals = Object.keys(SIGNAL_EXIT_CODES)
    signals.forEach((signal) => process.on(signal, forward))
    const done = (code) => {
      signals.forEach((signal) => process.removeListener(signal, forward))
      killGroup(child.pid)
      resolve(code)
    }
    child.once("error", (error) => {
      console.error(`[with-db] Could not run ${command}: ${error.message}`)
      done(127)
    })
    child.once("exit", (code, signal) => {
      if (signal) {
        done(SIGNAL_EXIT_CODES[signal] ?? 1)
      } else if (received && code === 0) {
        // Interrupted runs must not pass (the Medusa test runner exits 0 on SIGINT).
        done(SIGNAL_EXIT_CODES[received])
      } else {
        done(code ?? 1)
      }
    })
  })
}

/** Terminates what is left of a process group (e.g. workers of a finished command). */
function killGroup(pgid) {
  try {
    process.kill(-pgid, "SIGTERM")
  } catch {
    return // No process left in the group.
  }
  setTimeout(() => {
    try {
      process.kill(-pgid, "SIGKILL")
    } catch {
      // Gone.
    }
  }, 3_000).unref()
}

/**
 * Starts the test database (unless DB_HOST is set), runs the command with
 * DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD exported, stops the database.
 */
async function withDatabase(command, args, { env = process.env } = {}) {
  const db = await startDatabase({ purpose: "test" })
  // Signals arriving before the command starts or after it ends must still stop Postgres.
  const abort = (signal) => {
    db.stop().finally(() => process.exit(SIGNAL_EXIT_CODES[signal]))
  }
  const guard = () => Object.keys(SIGNAL_EXIT_CODES).forEach((s) => process.once(s, abort))
  const unguard = () => Object.keys(SIGNAL_EXIT_CODES).forEach((s) => process.removeListener(s, abort))
  try {
    return await runCommand(command, args, {
      env: {
        ...env,
        DB_HOST: db.host,
        DB_PORT: String(db.port),
        DB_USERNAME: db.user,
        DB_PASSWORD: db.password,
      },
    })
  } finally {
    guard()
    await db.stop()
    unguard()
  }
}

module.exports = { withDatabase, runCommand }

if (require.main === module) {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    console.error("Usage: node scripts/with-db.js <command> [args...]")
    process.exit(2)
  }
  withDatabase(command, args).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`[with-db] ${error.message}`)
      process.exit(1)
    }
  )
}
