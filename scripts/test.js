"use strict"

/**
 * `npm test`: unit, module-integration and HTTP-integration tests in ONE jest
 * run (jest `projects`, see jest.config.js) against one test database, so the
 * output ends with a single summary. Extra arguments go to jest, e.g.
 * `npm test -- integration-tests/http/harness.spec.ts`.
 */

const { withDatabase } = require("./with-db")

const env = { ...process.env }
delete env.TEST_TYPE
env.NODE_OPTIONS = [env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" ")
// Medusa's logger prints every migration and request; keep failures readable
// (LOG_LEVEL=info npm test, or the test:* scripts, show everything).
env.LOG_LEVEL ??= "error"

withDatabase("jest", ["--runInBand", "--forceExit", ...process.argv.slice(2)], { env }).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[test] ${error.message}`)
    process.exit(1)
  }
)
