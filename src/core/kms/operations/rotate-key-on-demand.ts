import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { addKeyMaterial } from '../engine/rotate-key.ts'
import { ConflictException, LimitExceededException } from '../errors.ts'
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
 * Rotates now, whether or not automatic rotation is on, without moving NextRotationDate.
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
    const rotated = await addKeyMaterial(rc, key, now, 'ON_DEMAND')
    await rc.store.keys.put(key.keyId, {
      ...rotated,
      rotation: { ...key.rotation, onDemandRotations: key.rotation.onDemandRotations + 1 },
    })
    return { KeyId: key.arn }
  },
})
