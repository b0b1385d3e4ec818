/** The parts of a request a vendor secret can come in. */
export interface VendorSecretSource {
  headers: Record<string, string | string[] | undefined>
  query?: Record<string, unknown>
}

const first = (value: unknown): string | null => {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === "string" && v.trim() ? v.trim() : null
}

/**
 * The vendor secret of a request: `Authorization: Bearer <secret>`, else
 * `x-vendor-token: <secret>`, else `?token=<secret>` (the emailed link).
 * Null when none is given.
 */
export function extractVendorSecret(req: VendorSecretSource): string | null {
  const authorization = first(req.headers.authorization)
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  if (bearer) {
    return bearer
  }
  return first(req.headers["x-vendor-token"]) ?? first(req.query?.token)
}
