/**
 * A progress reporter that lets through at most one message per `intervalMs`
 * (plus the ones forced: phase changes and the last step, unless it repeats
 * the message just shown), so a long scan shows it is moving without
 * flooding the terminal or the log.
 */
export type ThrottledProgress = {
  /** emits now (phase changes, totals) */
  always: (message: string) => void
  /** emits `build()` if `intervalMs` has passed since the last message, or if `force` */
  tick: (build: () => string, force?: boolean) => void
}

export function createThrottledProgress(
  emit: ((message: string) => void) | undefined,
  { intervalMs = 1000, now = Date.now }: { intervalMs?: number; now?: () => number } = {}
): ThrottledProgress {
  if (!emit) {
    return { always: () => undefined, tick: () => undefined }
  }
  let last = Number.NEGATIVE_INFINITY
  let lastMessage: string | null = null
  return {
    always: (message) => {
      last = now()
      lastMessage = message
      emit(message)
    },
    tick: (build, force = false) => {
      const t = now()
      if (force || t - last >= intervalMs) {
        const message = build()
        // a forced last step that says nothing new is not repeated
        if (force && message === lastMessage) return
        last = t
        lastMessage = message
        emit(message)
      }
    },
  }
}

/** "12,000/40,000 (30%)" and, once something is done, the time left at the pace so far. */
export function describeProgress(done: number, total: number, elapsedMs: number): string {
  const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100
  const base = `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} (${pct}%), ${(elapsedMs / 1000).toFixed(1)} s`
  if (done <= 0 || done >= total) {
    return base
  }
  const left = (elapsedMs / done) * (total - done)
  return `${base}, ~${(left / 1000).toFixed(1)} s left`
}
