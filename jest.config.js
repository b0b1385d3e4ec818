const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * TEST_TYPE selects one kind of test (package.json test:* scripts); without it
 * (`npm test`) the three kinds run as projects of a single jest run.
 */
const testMatchByType = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.[jt]s"],
  "integration:http": ["**/integration-tests/http/*.spec.[jt]s"],
}

const project = (type) => ({
  displayName: type,
  testMatch: testMatchByType[type],
  testPathIgnorePatterns: [
    "/node_modules/",
    "/__fixtures__/",
    ...(type === "integration:modules" ? ["\\.unit\\.spec\\.[jt]s$"] : []),
  ],
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
})

const type = process.env.TEST_TYPE

if (type && !testMatchByType[type]) {
  throw new Error(`Unknown TEST_TYPE "${type}" (expected ${Object.keys(testMatchByType).join(", ")})`)
}

module.exports = type
  ? { ...project(type), ...(type === "unit" ? {} : { testTimeout: 60_000 }) }
  : // testTimeout is a global option: it is ignored inside a project.
    { testTimeout: 60_000, projects: Object.keys(testMatchByType).map(project) }
