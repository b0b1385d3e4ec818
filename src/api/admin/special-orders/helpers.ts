import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Money on the way out: the exact decimal string (`raw_*.value`) instead of a float. */
export function formatSpecialOrderRecord<T extends Record<string, any>>(record: T): T {
  const out: Record<string, any> = { ...record }
  for (const key of Object.keys(out)) {
    if (key.startsWith("raw_")) {
      const field = key.slice(4)
      out[field] = out[key]?.value ?? (out[field] == null ? null : String(out[field]))
      delete out[key]
    }
  }
  return out as T
}

/** Reads one record of the special-order module with the requested fields, or a 404 naming it. */
export async function refetchSpecialOrderEntity(
  scope: MedusaContainer,
  entity: string,
  id: string,
  fields: string[],
  notFound: { label: string; code: string }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${notFound.label} not found (${id})`, notFound.code)
  }
  return formatSpecialOrderRecord(data[0])
}

/** Lists records through `query.graph` with the request's fields, filters and pagination, in Medusa's list shape. */
export async function listSpecialOrderEntities(
  scope: MedusaContainer,
  entity: string,
  key: string,
  { fields, filters, pagination }: { fields: string[]; filters: Record<string, unknown>; pagination: Record<string, unknown> }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({ entity, fields, filters, pagination })
  return {
    [key]: data.map((r: any) => formatSpecialOrderRecord(r)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}

/** `%q%` for `$ilike`, with the pattern characters of `q` escaped. */
export const ilike = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
