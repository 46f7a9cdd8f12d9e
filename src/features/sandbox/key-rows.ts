/**
 * The key list's rows: each key with its aliases and rotation, in the words the AWS console uses
 * for its columns, and the filter a learner types above the list.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/viewing-console.html
 */
import type { KeyMetadata, KeySpec } from '@/core/kms/index.ts'
import type { AliasEntry, RotationView } from '@/stores/sandbox-store.ts'

export type KeyType = 'Symmetric' | 'Asymmetric' | 'HMAC'

export interface KeyRow {
  readonly key: KeyMetadata
  /** Alias names pointing at the key, sorted. */
  readonly aliases: readonly string[]
  readonly type: KeyType
  readonly managedBy: 'Customer' | 'AWS'
  /** "Every 365 days", "Off", or "Not supported" for keys that cannot rotate. */
  readonly rotation: string
}

export function keyTypeOf(spec: KeySpec): KeyType {
  if (spec === 'SYMMETRIC_DEFAULT') return 'Symmetric'
  return spec.startsWith('HMAC_') ? 'HMAC' : 'Asymmetric'
}

export function rotationText(rotation: RotationView | undefined): string {
  if (rotation === undefined) return 'Not supported'
  if (!rotation.enabled) return 'Off'
  return rotation.periodInDays === undefined ? 'On' : `Every ${rotation.periodInDays} days`
}

export function keyRows(
  keys: readonly KeyMetadata[],
  aliases: readonly AliasEntry[],
  rotation: Readonly<Record<string, RotationView>>,
): KeyRow[] {
  return keys.map((key) => ({
    key,
    aliases: aliases
      .filter((a) => a.TargetKeyId === key.KeyId)
      .map((a) => a.AliasName as string)
      .sort(),
    type: keyTypeOf(key.KeySpec),
    managedBy: key.KeyManager === 'AWS' ? 'AWS' : 'Customer',
    rotation: rotationText(rotation[key.KeyId]),
  }))
}

/**
 * Whether a row matches the filter: every word of it appears (case aside) in one of the row's
 * texts (alias, key id, description, type, spec, usage, state, managed by, rotation).
 */
export function matchesKeyFilter(row: KeyRow, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
  const texts = [
    ...row.aliases,
    row.key.KeyId,
    row.key.Description,
    row.type,
    row.key.KeySpec,
    row.key.KeyUsage,
    row.key.KeyState,
    row.managedBy,
    row.rotation,
  ].map((text) => text.toLowerCase())
  return words.every((word) => texts.some((text) => text.includes(word)))
}
