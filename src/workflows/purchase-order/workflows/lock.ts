/** The lock key that serialises every change of one purchase order (send, receive, cancel, vendor actions). */
export const purchaseOrderLockKey = (id: string) => `special-order:purchase-order:${id}`

/** Seconds to wait for the lock, and its expiry should a process die holding it. */
export const PURCHASE_ORDER_LOCK = { timeout: 15, ttl: 60 } as const
