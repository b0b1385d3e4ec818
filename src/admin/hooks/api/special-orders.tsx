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
  AdminCarryOutResponse,
  AdminDeleteSourcingResponse,
  AdminGetSalesOrdersPayload,
  AdminGetSalesOrdersResponse,
  AdminPurchasingCodeListParams,
  AdminPurchasingCodeListResponse,
  AdminPurchasingCodePayload,
  AdminPurchasingCodeResponse,
  AdminRequisitionLineListParams,
  AdminRequisitionLineListResponse,
  AdminRequisitionLineResponse,
  AdminSetLinePurchasingCodeResponse,
  AdminUpdateRequisitionLinePayload,
  AdminUpsertVariantSourcingPayload,
  AdminVariantSourcingListResponse,
  AdminVariantSourcingResponse,
  AdminVendorListParams,
  AdminVendorListResponse,
  AdminVendorPayload,
  AdminVendorResponse,
  DeleteResponse,
  OrderSpecialOrderState,
} from "../../types/special-orders"
import { purchaseOrdersQueryKeys } from "./purchase-orders"

export const vendorsQueryKeys = queryKeysFactory<"special_order_vendor", AdminVendorListParams>("special_order_vendor")
export const purchasingCodesQueryKeys = queryKeysFactory<"special_order_purchasing_code", AdminPurchasingCodeListParams>(
  "special_order_purchasing_code"
)
export const requisitionLinesQueryKeys = queryKeysFactory<"special_order_requisition_line", AdminRequisitionLineListParams>(
  "special_order_requisition_line"
)
const sourcingQueryKey = (vendorId: string): QueryKey => [...vendorsQueryKeys.detail(vendorId), "variants"]
/** The special-order state of one sales order (its lines, requisition lines and PO lines). */
export const orderSpecialOrderQueryKey = (orderId: string): QueryKey => ["special_order_order", orderId]

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">
type MutationOptions<TData, TVars = void> = UseMutationOptions<TData, FetchError, TVars>

const post = <T,>(path: string, body: object = {}) => sdk.client.fetch<T>(path, { method: "POST", body })
const remove = <T,>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

/** A mutation that refetches every query under `keys` before its own `onSuccess` runs. */
const useInvalidatingMutation = <TData, TVars>(
  keys: QueryKey[],
  mutationFn: (vars: TVars) => Promise<TData>,
  options?: MutationOptions<TData, TVars>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    ...options,
    onSuccess: async (data, variables, context) => {
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
      options?.onSuccess?.(data, variables, context)
    },
  })
}

// Vendors

export const useVendors = (query: AdminVendorListParams = {}, options?: QueryOptions<AdminVendorListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: vendorsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminVendorListResponse>("/admin/vendors", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useVendor = (id: string, options?: QueryOptions<AdminVendorResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: vendorsQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminVendorResponse>(`/admin/vendors/${id}`),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCreateVendor = (options?: MutationOptions<AdminVendorResponse, AdminVendorPayload>) =>
  useInvalidatingMutation([vendorsQueryKeys.lists()], (payload) => post<AdminVendorResponse>("/admin/vendors", payload), options)

export const useUpdateVendor = (id: string, options?: MutationOptions<AdminVendorResponse, AdminVendorPayload>) =>
  useInvalidatingMutation(
    [vendorsQueryKeys.lists(), vendorsQueryKeys.detail(id)],
    (payload) => post<AdminVendorResponse>(`/admin/vendors/${id}`, payload),
    options
  )

/** Deleting a vendor also removes its sourcing, which can change worksheet lines shown with it. */
export const useDeleteVendor = (id: string, options?: MutationOptions<DeleteResponse>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => remove<DeleteResponse>(`/admin/vendors/${id}`),
    ...options,
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: vendorsQueryKeys.detail(id) })
      await queryClient.invalidateQueries({ queryKey: vendorsQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

// Variant sourcing

export const useVendorVariants = (
  vendorId: string,
  query: { limit?: number; offset?: number } = {},
  options?: QueryOptions<AdminVariantSourcingListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: [...sourcingQueryKey(vendorId), { query }],
    queryFn: () => sdk.client.fetch<AdminVariantSourcingListResponse>(`/admin/vendors/${vendorId}/variants`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useUpsertVariantSourcing = (
  vendorId: string,
  options?: MutationOptions<AdminVariantSourcingResponse, AdminUpsertVariantSourcingPayload>
) =>
  useInvalidatingMutation(
    [sourcingQueryKey(vendorId)],
    (payload) => post<AdminVariantSourcingResponse>(`/admin/vendors/${vendorId}/variants`, payload),
    options
  )

export const useRemoveVariantSourcing = (vendorId: string, options?: MutationOptions<AdminDeleteSourcingResponse, string>) =>
  useInvalidatingMutation(
    [sourcingQueryKey(vendorId)],
    (variantId) => remove<AdminDeleteSourcingResponse>(`/admin/vendors/${vendorId}/variants/${variantId}`),
    options
  )

// Purchasing codes

export const usePurchasingCodes = (
  query: AdminPurchasingCodeListParams = {},
  options?: QueryOptions<AdminPurchasingCodeListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: purchasingCodesQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminPurchasingCodeListResponse>("/admin/purchasing-codes", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCreatePurchasingCode = (
  options?: MutationOptions<AdminPurchasingCodeResponse, AdminPurchasingCodePayload>
) =>
  useInvalidatingMutation(
    [purchasingCodesQueryKeys.lists()],
    (payload) => post<AdminPurchasingCodeResponse>("/admin/purchasing-codes", payload),
    options
  )

export const useUpdatePurchasingCode = (
  id: string,
  options?: MutationOptions<AdminPurchasingCodeResponse, AdminPurchasingCodePayload>
) =>
  useInvalidatingMutation(
    [purchasingCodesQueryKeys.all],
    (payload) => post<AdminPurchasingCodeResponse>(`/admin/purchasing-codes/${id}`, payload),
    options
  )

export const useDeletePurchasingCode = (id: string, options?: MutationOptions<DeleteResponse>) =>
  useInvalidatingMutation(
    [purchasingCodesQueryKeys.all],
    () => remove<DeleteResponse>(`/admin/purchasing-codes/${id}`),
    options
  )

// The requisition worksheet

export const useRequisitionLines = (
  query: AdminRequisitionLineListParams = {},
  options?: QueryOptions<AdminRequisitionLineListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: requisitionLinesQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminRequisitionLineListResponse>("/admin/requisition-lines", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

/** "Get sales orders": pulls special-order lines of placed orders onto the worksheet. */
export const useGetSalesOrders = (options?: MutationOptions<AdminGetSalesOrdersResponse, AdminGetSalesOrdersPayload>) =>
  useInvalidatingMutation(
    [requisitionLinesQueryKeys.all],
    (payload) => post<AdminGetSalesOrdersResponse>("/admin/requisition-lines/get-sales-orders", payload),
    options
  )

/** "Carry out action messages": the chosen lines (`ids`) or every open line (no ids) become draft POs. */
export const useCarryOutRequisitionLines = (options?: MutationOptions<AdminCarryOutResponse, string[] | undefined>) =>
  useInvalidatingMutation(
    [requisitionLinesQueryKeys.all, purchaseOrdersQueryKeys.lists()],
    (ids) => post<AdminCarryOutResponse>("/admin/requisition-lines/carry-out", ids?.length ? { ids } : {}),
    options
  )

export const useUpdateRequisitionLine = (
  id: string,
  options?: MutationOptions<AdminRequisitionLineResponse, AdminUpdateRequisitionLinePayload>
) =>
  useInvalidatingMutation(
    [requisitionLinesQueryKeys.all],
    (payload) => post<AdminRequisitionLineResponse>(`/admin/requisition-lines/${id}`, payload),
    options
  )

// A sales order's special-order state

/** What the order widget reads through the plugin's read-only links (see the README, "Special orders"). */
export const ORDER_SPECIAL_ORDER_FIELDS = [
  "id",
  "status",
  "items.id",
  "items.title",
  "items.variant_sku",
  "items.variant_id",
  "items.quantity",
  // the item's quantity is only filled in when its detail's is read too
  "items.detail.quantity",
  "items.metadata",
  "items.requisition_line.*",
  "items.detail.purchase_order_lines.id",
  "items.detail.purchase_order_lines.quantity",
  "items.detail.purchase_order_lines.quantity_received",
  "items.detail.purchase_order_lines.flagged",
  "items.detail.purchase_order_lines.flag_reason",
  "items.detail.purchase_order_lines.purchase_order.id",
  "items.detail.purchase_order_lines.purchase_order.number",
  "items.detail.purchase_order_lines.purchase_order.status",
].join(",")

export const useOrderSpecialOrderState = (orderId: string, options?: QueryOptions<OrderSpecialOrderState>) => {
  const { data, ...rest } = useQuery({
    queryKey: orderSpecialOrderQueryKey(orderId),
    queryFn: () =>
      sdk.client.fetch<OrderSpecialOrderState>(`/admin/orders/${orderId}`, { query: { fields: ORDER_SPECIAL_ORDER_FIELDS } }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Sets (or clears, with null) the purchasing code of one order line; the purchase request follows at once. */
export const useSetOrderLinePurchasingCode = (
  orderId: string,
  options?: MutationOptions<AdminSetLinePurchasingCodeResponse, { item_id: string; purchasing_code_id: string | null }>
) =>
  useInvalidatingMutation(
    [orderSpecialOrderQueryKey(orderId), requisitionLinesQueryKeys.all],
    ({ item_id, purchasing_code_id }) =>
      post<AdminSetLinePurchasingCodeResponse>(`/admin/orders/${orderId}/line-items/${item_id}/purchasing-code`, {
        purchasing_code_id,
      }),
    options
  )
