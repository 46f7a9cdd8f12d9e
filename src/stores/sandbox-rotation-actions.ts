/**
 * The key page's rotation panel: automatic rotation with its period, rotation on demand, and the
 * key's material versions (ListKeyRotations), each one simulator call with the AWS error kept.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 */
import { decodeBase64, materialVersionOf, type OperationOutput } from '@/core/kms/index.ts'
import {
  attempt,
  connected,
  recordedCall,
  refreshKeys,
  useSandboxStore,
  type SandboxResult,
} from './sandbox-store.ts'

export type KeyMaterialVersion = OperationOutput<'ListKeyRotations'>['Rotations'][number]

/** On-demand rotations one key may have (25 since February 2026; 10 before). */
export const ON_DEMAND_ROTATION_LIMIT = 25

/** How many on-demand rotations the key has left, from its material versions. */
export function onDemandRotationsLeft(versions: readonly KeyMaterialVersion[]): number {
  const used = versions.filter((v) => v.RotationType === 'ON_DEMAND').length
  return Math.max(0, ON_DEMAND_ROTATION_LIMIT - used)
}

/**
 * Every material version of the key, the original first (ALL_KEY_MATERIAL, all pages): a read
 * for the screen, not recorded.
 */
export function listKeyMaterial(keyId: string): Promise<SandboxResult<KeyMaterialVersion[]>> {
  return attempt(async () => {
    const versions: KeyMaterialVersion[] = []
    let marker: string | undefined
    do {
      const page = await connected().call('ListKeyRotations', {
        KeyId: keyId,
        IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
        ...(marker !== undefined && { Marker: marker }),
      })
      versions.push(...page.Rotations)
      marker = page.Truncated ? page.NextMarker : undefined
    } while (marker !== undefined)
    return versions
  }, 'ListKeyRotations')
}

/** EnableKeyRotation with a period (90–2560 days); again on an enabled key, a new period. */
export function enableKeyRotation(
  keyId: string,
  rotationPeriodInDays: number,
): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('EnableKeyRotation', {
      KeyId: keyId,
      RotationPeriodInDays: rotationPeriodInDays,
    })
    await refreshKeys()
  }, 'EnableKeyRotation')
}

export function disableKeyRotation(keyId: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('DisableKeyRotation', { KeyId: keyId })
    await refreshKeys()
  }, 'DisableKeyRotation')
}

/** RotateKeyOnDemand: new key material now; old ciphertext keeps decrypting with the old. */
export function rotateKeyOnDemand(keyId: string): Promise<SandboxResult<void>> {
  return attempt(async () => {
    await recordedCall('RotateKeyOnDemand', { KeyId: keyId })
    await refreshKeys()
  }, 'RotateKeyOnDemand')
}

/** Which of its key's material versions a ciphertext needs, numbered as the timeline lists them. */
export interface CiphertextMaterial {
  readonly keyId: string
  /** 1 for the original material, then one more per rotation. */
  readonly number: number
  /** How many versions the key has now. */
  readonly total: number
  readonly version: KeyMaterialVersion
  /** When that material came: its rotation date, or the key's creation for the original. */
  readonly made: Date
}

/**
 * The material version a base64 CiphertextBlob was made with, read from its header and matched to
 * the key's timeline (a read, not recorded). Undefined when the text is not a symmetric blob of
 * this account or its key cannot be listed (deleted, say): then there is nothing to show.
 */
export async function materialOfCiphertext(
  base64: string,
): Promise<CiphertextMaterial | undefined> {
  const blob = decodeBase64(base64.replace(/\s+/g, ''))
  const header = blob && materialVersionOf(blob)
  if (!header) return undefined
  const versions = await listKeyMaterial(header.keyId)
  if (!versions.ok) return undefined
  const index = versions.value.findIndex((v) => v.KeyMaterialId === header.keyMaterialId)
  const version = versions.value[index]
  if (!version) return undefined
  const key = useSandboxStore.getState().keys.find((k) => k.KeyId === header.keyId)
  const made = version.RotationDate ?? key?.CreationDate
  if (!made) return undefined
  return { keyId: header.keyId, number: index + 1, total: versions.value.length, version, made }
}
