import { DAY_MS } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import type { KeyRecord } from '../key-record.ts'
import { hasAllMaterial } from '../import/imported-material.ts'
import { assertNotPendingDeletion, assertNotUpdating, assertPendingDeletion } from '../key-state.ts'
import type { KeyArn, KeyState } from '../types.ts'
import { integer, required } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'

export interface ScheduleKeyDeletionOutput {
  KeyId: KeyArn
  /**
   * Absent for a multi-Region primary with replicas (PendingReplicaDeletion): its date is known
   * once they are gone.
   * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html
   */
  DeletionDate?: Date
  KeyState: KeyState
  PendingWindowInDays: number
}

/**
 * Waiting period 7–30 days (default 30). When it ends the key, its material and its aliases
 * are deleted (lazily, on the first request after DeletionDate). A multi-Region primary key
 * with replicas waits in PendingReplicaDeletion until its last replica is deleted; its waiting
 * period starts then (../multi-region/detach-deleted-key.ts).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-delete.html
 */
export const scheduleKeyDeletion = defineOperation({
  input: { KeyId: required(keyIdMember()), PendingWindowInDays: integer({ min: 7, max: 30 }) },
  async run(rc, input): Promise<ScheduleKeyDeletionOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:ScheduleKeyDeletion', key)
    assertNotPendingDeletion(key)
    assertNotUpdating(key)
    const window = input.PendingWindowInDays ?? 30
    // A replica being created may be scheduled for deletion: it no longer settles.
    const { settling: _settling, ...rest } = key
    if (hasReplicas(key)) {
      await rc.store.keys.put(key.keyId, {
        ...rest,
        state: 'PendingReplicaDeletion',
        pendingWindowInDays: window,
      })
      return { KeyId: key.arn, KeyState: 'PendingReplicaDeletion', PendingWindowInDays: window }
    }
    const deletionDate = rc.now() + window * DAY_MS
    await rc.store.keys.put(key.keyId, {
      ...rest,
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
 * The key comes back Disabled, not Enabled; a key with imported material that lacks some of it
 * (deleted or expired meanwhile) comes back PendingImport.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html
 */
export const cancelKeyDeletion = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<{ KeyId: KeyArn }> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:CancelKeyDeletion', key)
    assertPendingDeletion(key)
    const { deletionDate: _date, pendingWindowInDays: _window, ...rest } = key
    const state = key.origin === 'EXTERNAL' && !hasAllMaterial(key) ? 'PendingImport' : 'Disabled'
    await rc.store.keys.put(key.keyId, { ...rest, state })
    return { KeyId: key.arn }
  },
})

/** A multi-Region primary key that still has replicas. */
function hasReplicas(key: KeyRecord): boolean {
  const links = key.multiRegion
  return (
    links !== undefined && links.primaryRegion === key.region && links.replicaRegions.length > 0
  )
}
