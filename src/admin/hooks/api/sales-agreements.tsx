import {
  QueryKey,
  UseMutationOptions,
  UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import type { FetchError } from "@medusajs/js-sdk"
import { sdk } from "../../lib/sdk"
import { queryKeysFactory } from "../../lib/query-key-factory"
import type {
  AdminConfirmSalesAgreementResponse,
  AdminCreateSalesAgreementLinePayload,
  AdminCreateSalesAgreementPayload,
  AdminSalesAgreementHeaderPayload,
  AdminSalesAgreementListParams,
  AdminSalesAgreementListResponse,
  AdminSalesAgreementResponse,
  AdminSalesAgreementVersionsResponse,
  AgreementStatus,
} from "../../types/sales-agreements"

const BASE = "/admin/sales-agreements"

export const salesAgreementsQueryKeys = queryKeysFactory<"sales_agreement", AdminSalesAgreementListParams>(
  "sales_agreement"
)
const versionsQueryKey = (id: string): QueryKey => [...salesAgreementsQueryKeys.detail(id), "versions"]

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">
type MutationOptions<TData, TVars = void> = UseMutationOptions<TData, FetchError, TVars>

export const useSalesAgreements = (
  query: AdminSalesAgreementListParams = {},
  options?: QueryOptions<AdminSalesAgreementListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: salesAgreementsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminSalesAgreementListResponse>(BASE, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSalesAgreement = (id: string, options?: QueryOptions<AdminSalesAgreementResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: salesAgreementsQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminSalesAgreementResponse>(`${BASE}/${id}`),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSalesAgreementVersions = (
  id: string,
  options?: QueryOptions<AdminSalesAgreementVersionsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: versionsQueryKey(id),
    queryFn: () => sdk.client.fetch<AdminSalesAgreementVersionsResponse>(`${BASE}/${id}/versions`),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * A write to agreement `id` (or a new one): every write can change the agreement and the lists it
 * shows up in (status, confirmation, dates, lines), so both are refetched before `onSuccess`.
 */
const useSalesAgreementMutation = <TData, TVars>(
  id: string | undefined,
  mutationFn: (vars: TVars) => Promise<TData>,
  options?: MutationOptions<TData, TVars>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    ...options,
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: salesAgreementsQueryKeys.lists() })
      if (id) {
        await queryClient.invalidateQueries({ queryKey: salesAgreementsQueryKeys.detail(id) })
      }
      options?.onSuccess?.(data, variables, context)
    },
  })
}

const post = <T,>(path: string, body: object = {}) => sdk.client.fetch<T>(path, { method: "POST", body })
const remove = <T,>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

type DeleteResponse = { id: string; object: string; deleted: boolean }

export const useCreateSalesAgreement = (
  options?: MutationOptions<AdminSalesAgreementResponse, AdminCreateSalesAgreementPayload>
) => useSalesAgreementMutation(undefined, (payload) => post<AdminSalesAgreementResponse>(BASE, payload), options)

export const useUpdateSalesAgreement = (
  id: string,
  options?: MutationOptions<AdminSalesAgreementResponse, AdminSalesAgreementHeaderPayload>
) => useSalesAgreementMutation(id, (payload) => post<AdminSalesAgreementResponse>(`${BASE}/${id}`, payload), options)

export const useDeleteSalesAgreement = (id: string, options?: MutationOptions<DeleteResponse>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => remove<DeleteResponse>(`${BASE}/${id}`),
    ...options,
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: salesAgreementsQueryKeys.detail(id) })
      await queryClient.invalidateQueries({ queryKey: salesAgreementsQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateSalesAgreementStatus = (
  id: string,
  options?: MutationOptions<AdminSalesAgreementResponse, AgreementStatus>
) =>
  useSalesAgreementMutation(
    id,
    (status) => post<AdminSalesAgreementResponse>(`${BASE}/${id}/status`, { status }),
    options
  )

/** Stores the next confirmed version; the detail key also covers the versions list. */
export const useConfirmSalesAgreement = (id: string, options?: MutationOptions<AdminConfirmSalesAgreementResponse>) =>
  useSalesAgreementMutation(id, () => post<AdminConfirmSalesAgreementResponse>(`${BASE}/${id}/confirm`), options)

export const useAddSalesAgreementLine = (
  id: string,
  options?: MutationOptions<AdminSalesAgreementResponse & { line_id: string }, AdminCreateSalesAgreementLinePayload>
) =>
  useSalesAgreementMutation(
    id,
    (payload) => post<AdminSalesAgreementResponse & { line_id: string }>(`${BASE}/${id}/lines`, payload),
    options
  )

export const useDeleteSalesAgreementLine = (id: string, options?: MutationOptions<DeleteResponse, string>) =>
  useSalesAgreementMutation(id, (lineId) => remove<DeleteResponse>(`${BASE}/${id}/lines/${lineId}`), options)

/** Same-origin URL of a version's confirmation document; opened in a new tab, the session cookie applies. */
export const salesAgreementDocumentUrl = (id: string, version: number, format: "html" | "pdf" = "html") =>
  `${BASE}/${id}/versions/${version}/document${format === "pdf" ? "?format=pdf" : ""}`
