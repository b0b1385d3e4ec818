import { createHash, randomBytes, timingSafeEqual } from "crypto"

/** Bytes of randomness in a vendor access secret (256 bits). */
export const VENDOR_SECRET_BYTES = 32
/** Default validity of a secret when the module option is not set. */
export const DEFAULT_VENDOR_TOKEN_TTL_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000
const SHA256_HEX = /^[0-9a-f]{64}$/
// Compared against when there is no stored hash, so a miss costs the same as a wrong secret.
const NO_HASH = "0".repeat(64)

/** sha256 of the secret, lower-case hex: the only form the secret is stored in. */
export function hashVendorSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex")
}

/** A new secret: `bytes` (≥ 32) random bytes, base64url without padding, and its hash. */
export function generateVendorSecret(bytes = VENDOR_SECRET_BYTES): { secret: string; hash: string } {
  const size = Math.max(VENDOR_SECRET_BYTES, Math.floor(bytes))
  const secret = randomBytes(size).toString("base64url")
  return { secret, hash: hashVendorSecret(secret) }
}

/**
 * When a secret issued at `now` stops working: `ttlDays` (the module option
 * `vendor_token_ttl_days`, default 30) later. A missing, non-positive or
 * non-finite value falls back to the default.
 */
export function computeSecretExpiry(now: Date, ttlDays?: number | null): Date {
  const days = typeof ttlDays === "number" && Number.isFinite(ttlDays) && ttlDays > 0 ? ttlDays : DEFAULT_VENDOR_TOKEN_TTL_DAYS
  return new Date(now.getTime() + days * DAY_MS)
}

function toTime(value: Date | string | null | undefined): number {
  if (value instanceof Date) return value.getTime()
  if (typeof value === "string" && value.trim()) return Date.parse(value)
  return NaN
}

/**
 * True when `secret` opens a PO whose stored hash and expiry are given: the
 * hashes are compared in constant time, and the secret must not be expired
 * (valid strictly before `expires_at`). Any missing piece answers false, at the same cost.
 */
export function verifyVendorSecret(
  secret: string | null | undefined,
  stored: { hash?: string | null; expires_at?: Date | string | null } | null | undefined,
  now: Date = new Date()
): boolean {
  const presented = Buffer.from(hashVendorSecret(typeof secret === "string" ? secret : ""), "hex")
  const storedHash = stored?.hash && SHA256_HEX.test(stored.hash) ? stored.hash : null
  const expected = Buffer.from(storedHash ?? NO_HASH, "hex")
  const same = timingSafeEqual(presented, expected)
  const expires = toTime(stored?.expires_at)
  const fresh = Number.isFinite(expires) && now.getTime() < expires
  return same && !!storedHash && typeof secret === "string" && secret.length > 0 && fresh
}
