"use strict"

/**
 * Minimal JSON HTTP client for the benchmark: node's http module with one
 * keep-alive connection (no connection setup in the timings, and less client
 * overhead than fetch/axios). The time is taken from just before the request is
 * written to the end of the response body (JSON parsing excluded).
 */

const http = require("http")
const { performance } = require("perf_hooks")

function createClient(baseUrl, defaultHeaders = {}) {
  const url = new URL(baseUrl)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

  function request(method, path, body, headers = {}) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    return new Promise((resolve, reject) => {
      const t0 = performance.now()
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method,
          path,
          headers: {
            accept: "application/json",
            ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}),
            ...defaultHeaders,
            ...headers,
          },
        },
        (res) => {
          const chunks = []
          res.on("data", (c) => chunks.push(c))
          res.on("end", () => {
            const ms = performance.now() - t0
            const text = Buffer.concat(chunks).toString("utf8")
            let data = text
            try {
              data = text ? JSON.parse(text) : null
            } catch {
              // not JSON
            }
            resolve({ status: res.statusCode, data, ms })
          })
          res.on("error", reject)
        }
      )
      req.on("error", reject)
      if (payload) {
        req.write(payload)
      }
      req.end()
    })
  }

  /** Like request() but throws on a non-2xx answer, with the body in the message. */
  async function ok(method, path, body, headers) {
    const res = await request(method, path, body, headers)
    if (res.status < 200 || res.status >= 300) {
      const detail = typeof res.data === "string" ? res.data.slice(0, 500) : JSON.stringify(res.data).slice(0, 1000)
      throw new Error(`${method} ${path} → HTTP ${res.status}: ${detail}`)
    }
    return res
  }

  return { request, ok, close: () => agent.destroy() }
}

module.exports = { createClient }
