/**
 * A second (third…) Medusa server process for multi-process tests: boots this
 * repository as a Medusa app on DATABASE_URL (already migrated) with
 * `@medusajs/medusa/loaders`, listens on a free port and tells its parent
 * `{ type: "ready", port }` over IPC. Stops on `{ cmd: "shutdown" }` or when
 * the parent goes away.
 *
 * Started by startAppProcess() below: `node -r ts-node/register integration-tests/utils/app-process.ts`.
 */
import path from "node:path"
import { spawn } from "node:child_process"

const REPO_ROOT = path.resolve(__dirname, "..", "..")

async function main() {
  const express = require("express")
  const { GracefulShutdownServer } = require("@medusajs/framework/utils")
  const loaders = require("@medusajs/medusa/loaders/index").default
  const app = express()
  const { shutdown } = await loaders({ directory: REPO_ROOT, expressApp: app })
  const server = await new Promise<any>((resolve, reject) => {
    const s = app.listen(0, "127.0.0.1").on("error", reject).on("listening", () => resolve(s))
  })
  const graceful = GracefulShutdownServer.create(server)
  // stop taking requests, give subscribers still running (order.placed after the last checkout) a moment, then close the pools
  const stop = () =>
    Promise.allSettled([graceful.shutdown()])
      .then(() => new Promise((r) => setTimeout(r, 1500)))
      .then(() => shutdown())
      .finally(() => process.exit(0))
  process.on("message", (m: any) => m?.cmd === "shutdown" && stop())
  process.on("disconnect", stop)
  process.send?.({ type: "ready", port: server.address().port })
}

export type AppProcess = {
  port: number
  pid: number
  /** settles when the process ends, however it ends (exit code or signal) */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  stop: () => Promise<void>
}

export type AppProcessOptions = {
  /** extra environment (e.g. a test-only crash switch) */
  env?: Record<string, string>
  timeoutMs?: number
}

/** Starts a Medusa server process on `databaseUrl`; resolves once it listens. */
export function startAppProcess(databaseUrl: string, { env = {}, timeoutMs = 180_000 }: AppProcessOptions = {}): Promise<AppProcess> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", __filename], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_PROCESS_CHILD: "1", MEDUSA_ADMIN_DISABLE: "true", LOG_LEVEL: "error", NODE_OPTIONS: "", ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal }))
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      reject(new Error(`app process did not start within ${timeoutMs} ms`))
    }, timeoutMs)
    void exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(new Error(`app process exited (${code ?? signal}) before it was ready`))
    })
    child.on("message", (m: any) => {
      if (m?.type !== "ready") return
      clearTimeout(timer)
      resolve({
        port: m.port,
        pid: child.pid!,
        exited,
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return
          const kill = setTimeout(() => child.kill("SIGKILL"), 20_000)
          if (child.connected) child.send({ cmd: "shutdown" })
          else child.kill("SIGTERM")
          await exited
          clearTimeout(kill)
        },
      })
    })
  })
}

if (process.env.APP_PROCESS_CHILD === "1" && require.main === module) {
  main().catch((error) => {
    console.error("[app-process] boot failed:", error)
    process.exit(1)
  })
}
