import { DAY_MS } from '../engine/engine-context.ts'
import { defineOperation } from '../engine/operation.ts'
import { resolveKey } from '../engine/resolve-key.ts'
import { assertRotationChangeable, isPendingDeletion } from '../key-state.ts'
import type { KeyArn } from '../types.ts'
import { integer, required } from '../validation/shape.ts'
import { keyIdMember } from './common-members.ts'
import { DEFAULT_ROTATION_PERIOD_DAYS } from './create-key.ts'
import {
  assertAutomaticRotationOrigin,
  assertNotReplica,
  assertRotatableSpec,
  assertRotationIsCustomers,
} from './rotation-rules.ts'

/**
 * Turns on yearly (or every RotationPeriodInDays, 90–2560) automatic rotation. Calling it again
 * changes the period; the next rotation is then one period from now.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html
 */
export const enableKeyRotation = defineOperation({
  input: { KeyId: required(keyIdMember()), RotationPeriodInDays: integer({ min: 90, max: 2560 }) },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    assertRotationIsCustomers(key)
    assertNotReplica(key)
    await rc.authorize('kms:EnableKeyRotation', key)
    assertAutomaticRotationOrigin(key)
    assertRotationChangeable(key)
    assertRotatableSpec(key)
    const periodInDays = input.RotationPeriodInDays ?? DEFAULT_ROTATION_PERIOD_DAYS
    const nextRotationDate = rc.now() + periodInDays * DAY_MS
    await rc.store.keys.put(key.keyId, {
      ...key,
      rotation: { ...key.rotation, enabled: true, periodInDays, nextRotationDate },
    })
  },
})

/** @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKeyRotation.html */
export const disableKeyRotation = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<void> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    assertRotationIsCustomers(key)
    assertNotReplica(key)
    await rc.authorize('kms:DisableKeyRotation', key)
    assertAutomaticRotationOrigin(key)
    assertRotationChangeable(key)
    assertRotatableSpec(key)
    const { nextRotationDate: _next, ...rotation } = key.rotation
    await rc.store.keys.put(key.keyId, { ...key, rotation: { ...rotation, enabled: false } })
  },
})

export interface GetKeyRotationStatusOutput {
  KeyRotationEnabled: boolean
  KeyId: KeyArn
  RotationPeriodInDays?: number
  NextRotationDate?: Date
}

/**
 * Works while Disabled. While PendingDeletion it reports false (the setting comes back on
 * cancel). On-demand rotations complete at once in the simulator, so OnDemandRotationStartDate
 * is never shown.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html
 */
export const getKeyRotationStatus = defineOperation({
  input: { KeyId: required(keyIdMember()) },
  async run(rc, input): Promise<GetKeyRotationStatusOutput> {
    const key = await resolveKey(rc, input.KeyId, { allowAlias: false })
    await rc.authorize('kms:GetKeyRotationStatus', key)
    assertRotatableSpec(key)
    assertAutomaticRotationOrigin(key)
    const enabled = key.rotation.enabled && !isPendingDeletion(key)
    const output: GetKeyRotationStatusOutput = { KeyRotationEnabled: enabled, KeyId: key.arn }
    if (enabled) {
      output.RotationPeriodInDays = key.rotation.periodInDays
      if (key.rotation.nextRotationDate !== undefined) {
        output.NextRotationDate = new Date(key.rotation.nextRotationDate)
      }
    }
    return output
  },
})
