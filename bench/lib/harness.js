"use strict"

/**
 * Plumbing shared by the benchmark runner (scripts/bench.js): the bench
 * database (throwaway embedded cluster, or a database of its own on the server
 * named by DATABASE_URL / DB_HOST), logged child commands, and the app-server
 * child (bench/lib/app-server.ts) with its IPC calls.
 */

const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { startDatabase, ensureDatabase } = require("../../scripts/embedded-db")

const REPO_ROOT = path.resolve(__dirname, "..", "..")

// ---------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------
async function openDatabase() {
  // DATABASE_URL: that server; DB_HOST…: that server (test convention); else a throwaway embedded cluster.
  const purpose = process.env.DATABASE_URL ? "dev" : "test"
  const server = await startDatabase({ purpose })
  const base = server.external && process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).pathname.slice(1) : ""
  const name = `${base || "sales_agreements"}_bench_${Date.now()}`
  await ensureDatabase(name, server)
  const url = server.url(name)
  const drop = async () => {
    if (!server.external || process.env.BENCH_KEEP_DB === "1") {
      return
    }
    const { Client } = require("pg")
    const admin = new Client({ host: server.host, port: server.port, user: server.user, password: server.password || undefined, database: "postgres" })
    await admin.connect()
    try {
      await admin.query(`drop database if exists "${name}" with (force)`)
    } finally {
      await admin.end()
    }
  }
  return { server, name, url, drop }
}

function runLogged(label, command, args, { env, logFile }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: { ...env, PATH: [path.join(REPO_ROOT, "node_modules", ".bin"), env.PATH].filter(Boolean).join(path.delimiter) },
      stdio: ["ignore", out, out],
    })
    child.once("error", reject)
    child.once("exit", (code) => {
      fs.closeSync(out)
      if (code === 0) {
        resolve()
      } else {
        const tail = fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-40).join("\n")
        reject(new Error(`${label} failed (exit ${code}). Last lines of ${logFile}:\n${tail}`))
      }
    })
  })
}

// ---------------------------------------------------------------------------
// App server child (bench/lib/app-server.ts)
// ---------------------------------------------------------------------------
function startAppServer(env, logDir) {
  const logFile = path.join(logDir, "app-server.log")
  const out = fs.openSync(logFile, "a")
  // BENCH_APP_NODE_ARGS: extra node flags for the app process (e.g. "--cpu-prof --cpu-prof-dir=bench-results/prof")
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS || "").split(/\s+/).filter(Boolean)
  const child = spawn(process.execPath, [...nodeArgs, "-r", "ts-node/register", path.join("bench", "lib", "app-server.ts")], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", out, out, "ipc"],
  })
  fs.closeSync(out)
  let nextId = 1
  const pending = new Map()
  let exited = null
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not boot within 240 s (log: ${logFile})`)), 240_000)
    child.on("message", (msg) => {
      if (msg?.type === "ready") {
        clearTimeout(timer)
        resolve(msg)
      } else if (msg?.type === "boot-error") {
        clearTimeout(timer)
        reject(new Error(`the app failed to boot: ${msg.error}`))
      } else if (msg && pending.has(msg.id)) {
        const { resolve: ok, reject: ko } = pending.get(msg.id)
        pending.delete(msg.id)
        msg.ok ? ok(msg.result) : ko(new Error(`app-server: ${msg.error}`))
      }
    })
    child.once("exit", (code, signal) => {
      exited = { code, signal }
      clearTimeout(timer)
      const error = new Error(`the app server exited (${signal || code}); log: ${logFile}`)
      reject(error)
      for (const { reject: ko } of pending.values()) ko(error)
      pending.clear()
    })
  })
  const call = (cmd, args) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`the app server has exited; log: ${logFile}`))
      const id = nextId++
      pending.set(id, { resolve, reject })
      child.send({ id, cmd, args })
    })
  const stop = async () => {
    if (exited) return
    const gone = new Promise((resolve) => child.once("exit", resolve))
    call("shutdown").catch(() => {})
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000)
    await gone
    clearTimeout(timer)
  }
  return { child, ready, call, stop, logFile }
}


module.exports = { openDatabase, runLogged, startAppServer }
