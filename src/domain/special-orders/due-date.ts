/**
 * Due date of a purchase request: the order date plus the vendor's lead time
 * in whole days (UTC calendar days, so daylight-saving changes do not shift it).
 */
export function computeDueDate(orderDate: Date | string, leadTimeDays: number): Date {
  const start = new Date(orderDate)
  if (Number.isNaN(start.getTime())) {
    throw new RangeError(`Not a date (${String(orderDate)})`)
  }
  const days = Number.isFinite(leadTimeDays) && leadTimeDays > 0 ? Math.floor(leadTimeDays) : 0
  const due = new Date(start.getTime())
  due.setUTCDate(due.getUTCDate() + days)
  return due
}
