import { DAY_MS } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { assertNotPendingDeletion, assertPendingDeletion } from '../key-state.ts'
import type { KeyArn, KeyState } from '../types.ts'
import { integer, required } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'

export interface ScheduleKeyDeletionOutput {
  KeyId: KeyArn
  DeletionDate: Date
  KeyState: KeyState
  PendingWindowInDays: number
}

/**
 * Waiting period 7–30 days (default 30). When it ends the key, its material and its aliases
 * are deleted (lazily, on the first request after DeletionDate).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html
 */
export const scheduleKeyDeletion = defineOperation({
  input: { KeyId: required(keyIdMember()), PendingWindowInDays: integer({ min: 7, max: 30 }) },
  async run(rc, input): Promise<ScheduleKeyDeletionOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:ScheduleKeyDeletion', key)
    assertNotPendingDeletion(key)
    const window = input.PendingWindowInDays ?? 30
    const deletionDate = rc.now() + window * DAY_MS
    await rc.store.keys.put(key.keyId, {
      ...key,
      state: 'PendingDeletion',
      deletionDate,
      pendingWindowInDays: window,
    })
    return {
      KeyId: key.arn,
      DeletionDate: new Date(deletionDate),
      KeyState: 'PendingDeletion',
      PendingWindowInDays: window,
    }
  },
})

/**
 * The key comes back Disabled, not Enabled.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html
 */
export const cancelKeyDeletion = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<{ KeyId: KeyArn }> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:CancelKeyDeletion', key)
    assertPendingDeletion(key)
    const { deletionDate: _date, pendingWindowInDays: _window, ...rest } = key
    await rc.store.keys.put(key.keyId, { ...rest, state: 'Disabled' })
    return { KeyId: key.arn }
  },
})
