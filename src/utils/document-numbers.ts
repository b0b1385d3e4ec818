/**
 * Reserves `count` document numbers (`SA-000042`, `PO-000001`) from a
 * PostgreSQL sequence inside the caller's transaction: unique across
 * processes, increasing, with gaps where a transaction rolled back.
 */
export async function reserveDocumentNumbers(
  manager: { execute: (sql: string, params: unknown[]) => Promise<{ n: string }[]> },
  sequence: string,
  prefix: string,
  count: number
): Promise<string[]> {
  if (count <= 0) {
    return []
  }
  const rows = await manager.execute(`select nextval('${sequence}')::text as n from generate_series(1, ?)`, [count])
  return rows.map((r) => `${prefix}${r.n.padStart(6, "0")}`)
}
