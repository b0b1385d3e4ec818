import type { QueryKey } from "@tanstack/react-query"

/** Hierarchical react-query keys, so one invalidation of `lists()` or `details()` covers every variant. */
export const queryKeysFactory = <TKey extends string, TListQuery = Record<string, unknown>>(globalKey: TKey) => {
  const keys = {
    all: [globalKey] as QueryKey,
    lists: () => [...keys.all, "list"] as QueryKey,
    list: (query?: TListQuery) => [...keys.lists(), ...(query ? [{ query }] : [])] as QueryKey,
    details: () => [...keys.all, "detail"] as QueryKey,
    detail: (id: string, query?: Record<string, unknown>) =>
      [...keys.details(), id, ...(query ? [{ query }] : [])] as QueryKey,
  }
  return keys
}
