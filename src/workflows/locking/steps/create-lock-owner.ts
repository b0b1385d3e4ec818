import { randomUUID } from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createLockOwnerStepId = "create-lock-owner"

/**
 * This step names a lock for this workflow run: the key and an owner id unique
 * to the run, for `acquireLockStep` / `releaseLockStep`. The owner matters:
 * Medusa's PostgreSQL locking provider treats two owner-less acquirers that
 * insert the lock row at the same instant as one owner, so both would hold the
 * lock. Kept as a step output, the owner is the same for the acquire, the
 * release and the acquire's compensation.
 */
export const createLockOwnerStep = createStep(createLockOwnerStepId, async (input: { key: string }) => {
  return new StepResponse({ key: input.key, owner_id: `lock-owner:${randomUUID()}` })
})
