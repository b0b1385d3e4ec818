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
  AdminCancelPurchaseOrderResponse,
  AdminPurchaseOrderListParams,
  AdminPurchaseOrderListResponse,
  AdminPurchaseOrderResponse,
  AdminReceivePurchaseOrderPayload,
  AdminReceivePurchaseOrderResponse,
} from "../../types/special-orders"

const BASE = "/admin/purchase-orders"

export const purchaseOrdersQueryKeys = queryKeysFactory<"special_order_purchase_order", AdminPurchaseOrderListParams>(
  "special_order_purchase_order"
)

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">
type MutationOptions<TData, TVars = void> = UseMutationOptions<TData, FetchError, TVars>

export const usePurchaseOrders = (
  query: AdminPurchaseOrderListParams = {},
  options?: QueryOptions<AdminPurchaseOrderListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: purchaseOrdersQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminPurchaseOrderListResponse>(BASE, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const usePurchaseOrder = (id: string, options?: QueryOptions<AdminPurchaseOrderResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: purchaseOrdersQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminPurchaseOrderResponse>(`${BASE}/${id}`),
    ...options,
  })
  return { ...data, ...rest }
}

/**
 * A change of PO `id`: it can change the PO, the PO lists, the worksheet (cancel reopens requisition
 * lines) and the sales orders' special-order state (receive marks lines ready to fulfil), so all of
 * those are refetched before `onSuccess`.
 */
const usePurchaseOrderMutation = <TData, TVars>(
  id: string,
  mutationFn: (vars: TVars) => Promise<TData>,
  options?: MutationOptions<TData, TVars>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    ...options,
    onSuccess: async (data, variables, context) => {
      await Promise.all(
        [
          purchaseOrdersQueryKeys.lists(),
          purchaseOrdersQueryKeys.detail(id),
          ["special_order_requisition_line"],
          ["special_order_order"],
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey }))
      )
      options?.onSuccess?.(data, variables, context)
    },
  })
}

const post = <T,>(path: string, body: object = {}) => sdk.client.fetch<T>(path, { method: "POST", body })

/** Sends the PO to its vendor, or re-sends it with a new link (the previous one stops working). */
export const useSendPurchaseOrder = (id: string, options?: MutationOptions<AdminPurchaseOrderResponse>) =>
  usePurchaseOrderMutation(id, () => post<AdminPurchaseOrderResponse>(`${BASE}/${id}/send`), options)

export const useReceivePurchaseOrder = (
  id: string,
  options?: MutationOptions<AdminReceivePurchaseOrderResponse, AdminReceivePurchaseOrderPayload>
) => usePurchaseOrderMutation(id, (payload) => post<AdminReceivePurchaseOrderResponse>(`${BASE}/${id}/receive`, payload), options)

export const useCancelPurchaseOrder = (id: string, options?: MutationOptions<AdminCancelPurchaseOrderResponse>) =>
  usePurchaseOrderMutation(id, () => post<AdminCancelPurchaseOrderResponse>(`${BASE}/${id}/cancel`), options)

/** Same-origin URL of the PO document; opened in a new tab, the dashboard's session cookie applies. */
export const purchaseOrderDocumentUrl = (id: string, format: "html" | "pdf" = "html") =>
  `${BASE}/${id}/document${format === "pdf" ? "?format=pdf" : ""}`
