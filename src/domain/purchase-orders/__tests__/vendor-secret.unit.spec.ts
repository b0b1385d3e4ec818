import { createHash } from "crypto"
import { computeSecretExpiry, generateVendorSecret, hashVendorSecret, verifyVendorSecret } from "../vendor-secret"

describe("generateVendorSecret", () => {
  it("should make a base64url secret of at least 32 random bytes and its sha256", () => {
    const { secret, hash } = generateVendorSecret()
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43,}$/)
    expect(Buffer.from(secret, "base64url").length).toBeGreaterThanOrEqual(32)
    expect(hash).toBe(createHash("sha256").update(secret).digest("hex"))
    expect(hash).not.toContain(secret)
  })

  it("should never go below 32 bytes and never repeat", () => {
    expect(Buffer.from(generateVendorSecret(8).secret, "base64url").length).toBe(32)
    const secrets = new Set(Array.from({ length: 200 }, () => generateVendorSecret().secret))
    expect(secrets.size).toBe(200)
  })
})

describe("computeSecretExpiry", () => {
  const now = new Date("2026-01-01T00:00:00.000Z")
  it.each<[number | null | undefined, string]>([
    [undefined, "2026-01-31T00:00:00.000Z"],
    [null, "2026-01-31T00:00:00.000Z"],
    [7, "2026-01-08T00:00:00.000Z"],
    [0.5, "2026-01-01T12:00:00.000Z"],
    [0, "2026-01-31T00:00:00.000Z"],
    [-3, "2026-01-31T00:00:00.000Z"],
    [Number.NaN, "2026-01-31T00:00:00.000Z"],
  ])("should expire %p days later at %s", (ttl, expected) => {
    expect(computeSecretExpiry(now, ttl).toISOString()).toBe(expected)
  })
})

describe("verifyVendorSecret", () => {
  const { secret, hash } = generateVendorSecret()
  const now = new Date("2026-01-10T00:00:00.000Z")
  const stored = { hash, expires_at: "2026-01-31T00:00:00.000Z" }

  it.each<[string, string | null | undefined, Parameters<typeof verifyVendorSecret>[1], boolean]>([
    ["the right secret", secret, stored, true],
    ["a Date expiry", secret, { hash, expires_at: new Date("2026-01-31") }, true],
    ["a wrong secret", generateVendorSecret().secret, stored, false],
    ["the hash itself", hash, stored, false],
    ["an empty secret", "", stored, false],
    ["no secret", undefined, stored, false],
    ["an expired secret", secret, { hash, expires_at: "2026-01-09T23:59:59.999Z" }, false],
    ["the expiry instant", secret, { hash, expires_at: now.toISOString() }, false],
    ["no expiry", secret, { hash, expires_at: null }, false],
    ["no stored hash", secret, { hash: null, expires_at: stored.expires_at }, false],
    ["a malformed stored hash", secret, { hash: "abc", expires_at: stored.expires_at }, false],
    ["no PO at all", secret, null, false],
  ])("should answer %s with %p", (_, presented, record, expected) => {
    expect(verifyVendorSecret(presented, record, now)).toBe(expected)
  })

  it("should hash as sha256 hex", () => {
    expect(hashVendorSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  })
})
