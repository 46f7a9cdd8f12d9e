import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { addKeyMaterial } from '../engine/rotate-key.ts'
import { ConflictException, KMSInvalidStateException, LimitExceededException } from '../errors.ts'
import type { KeyRecord } from '../key-record.ts'
import { assertRotationChangeable } from '../key-state.ts'
import type { KeyArn } from '../types.ts'
import { required } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'
import {
  assertNotReplica,
  assertRotatableSpec,
  assertRotationIsCustomers,
} from './rotation-rules.ts'

/** The per-key cap: 25 since February 2026 (it was 10 from 2024). */
export const MAX_ON_DEMAND_ROTATIONS = 25
const CONFLICT_WINDOW_MS = 20 * 60 * 1000

/**
 * Rotates now, whether or not automatic rotation is on, without moving NextRotationDate. A key
 * with imported material rotates into the material imported for it (ImportType
 * NEW_KEY_MATERIAL, PENDING_ROTATION), which becomes current; its earlier material stays.
 * Real KMS rotates asynchronously; the simulator completes the rotation within the call.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html
 */
export const rotateKeyOnDemand = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<{ KeyId: KeyArn }> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    assertRotationIsCustomers(key)
    assertNotReplica(key)
    await rc.authorize('kms:RotateKeyOnDemand', key)
    assertRotatableSpec(key)
    assertRotationChangeable(key)
    if (key.rotation.onDemandRotations >= MAX_ON_DEMAND_ROTATIONS) {
      throw new LimitExceededException(
        `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.arn}`,
      )
    }
    const now = rc.now()
    const next = key.rotation.nextRotationDate
    if (key.rotation.enabled && next !== undefined && next - now < CONFLICT_WINDOW_MS) {
      throw new ConflictException(
        `An automatic rotation of ${key.arn} is scheduled within the next 20 minutes. Try again later.`,
      )
    }
    const rotated =
      key.origin === 'EXTERNAL'
        ? rotateIntoImported(key, now)
        : await addKeyMaterial(rc, key, now, 'ON_DEMAND')
    await rc.store.keys.put(key.keyId, {
      ...rotated,
      rotation: { ...key.rotation, onDemandRotations: key.rotation.onDemandRotations + 1 },
    })
    return { KeyId: key.arn }
  },
})

/**
 * The pending imported material becomes the key's current material (AWS-recorded text when
 * there is none).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html
 */
function rotateIntoImported(key: KeyRecord, now: number): KeyRecord {
  const pending = key.imported?.pending
  if (key.imported === undefined || pending === undefined) {
    throw new KMSInvalidStateException(
      `No available key material pending rotation for the key: ${key.arn}.`,
    )
  }
  const { pending: _done, ...imported } = key.imported
  const versions = key.material.kind === 'symmetric' ? key.material.versions : []
  const info = { ...pending.info, createdAt: now, rotationType: 'ON_DEMAND' as const }
  const version = { ...pending.version, createdAt: now, rotationType: 'ON_DEMAND' as const }
  return {
    ...key,
    material: { kind: 'symmetric', versions: [...versions, version] },
    imported: { ...imported, materials: [...imported.materials, info] },
  }
}
