import { DAY_MS } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { addKeyMaterial } from '../engine/rotate-key.ts'
import { isReplicaKey } from '../key-record.ts'
import { assertNotPendingDeletion, assertNotPendingImport, assertSettled } from '../key-state.ts'
import { required } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'

/**
 * Idempotent. A rotation that fell due while the key was disabled happens on re-enable, and the
 * schedule restarts from then (AWS: "rotates immediately" if overdue).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html
 */
export const enableKey = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:EnableKey', key)
    assertNotPendingDeletion(key)
    assertNotPendingImport(key)
    assertSettled(key)
    if (key.state === 'Enabled') return
    const now = rc.now()
    const next = key.rotation.nextRotationDate
    // A replica's rotation is its primary's (synchronize-replicas.ts); it never rotates itself.
    const overdue = key.rotation.enabled && next !== undefined && next <= now && !isReplicaKey(key)
    const enabled = { ...key, state: 'Enabled' as const }
    if (!overdue) return rc.store.keys.put(key.keyId, enabled)
    const rotated = await addKeyMaterial(rc, enabled, now, 'AUTOMATIC')
    const nextRotationDate = now + key.rotation.periodInDays * DAY_MS
    await rc.store.keys.put(key.keyId, {
      ...rotated,
      rotation: { ...key.rotation, nextRotationDate },
    })
  },
})

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html */
export const disableKey = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:DisableKey', key)
    assertNotPendingDeletion(key)
    assertNotPendingImport(key)
    assertSettled(key)
    await rc.store.keys.put(key.keyId, { ...key, state: 'Disabled' })
  },
})
