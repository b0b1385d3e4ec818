import { createHash } from "crypto"

/**
 * Runs a read as a named prepared statement on a connection of the app's pool:
 * PostgreSQL parses and plans it once per connection instead of at every call
 * (knex sends unnamed statements). For hot-path reads only, outside any
 * transaction (a transaction's statements must go through its own connection).
 * `sql` uses knex `?` placeholders and no `?` operator.
 */
export async function executePrepared<T = any>(manager: any, sql: string, params: unknown[]): Promise<T[]> {
  const client = manager.getKnex().client
  const { text, name } = statementFor(sql)
  const connection = await client.acquireConnection()
  try {
    const result = await connection.query({ name, text, values: params })
    return result.rows
  } finally {
    await client.releaseConnection(connection)
  }
}

/** Few distinct texts reach this (one per filter shape): each is converted and named once per process. */
const statements = new Map<string, { text: string; name: string }>()

function statementFor(sql: string): { text: string; name: string } {
  let statement = statements.get(sql)
  if (!statement) {
    let i = 0
    const text = sql.replace(/\?/g, () => `$${++i}`)
    statement = { text, name: `sa_${createHash("sha1").update(text).digest("hex").slice(0, 24)}` }
    statements.set(sql, statement)
  }
  return statement
}
