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
  /** "Single-Region", or a multi-Region key's role and its related Regions. */
  readonly regions: string
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

/**
 * A key's Region role as DescribeKey's MultiRegionConfiguration gives it: "Primary; replicas in
 * eu-west-1", "Replica; primary in us-east-1", or "Single-Region".
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_MultiRegionConfiguration.html
 */
export function regionRoleText(key: KeyMetadata): string {
  const config = key.MultiRegionConfiguration
  if (config === undefined) return 'Single-Region'
  if (config.MultiRegionKeyType === 'PRIMARY') {
    const replicas = config.ReplicaKeys.map((r) => r.Region)
    return replicas.length === 0
      ? 'Primary; no replicas yet'
      : `Primary; replicas in ${replicas.join(', ')}`
  }
  const others = config.ReplicaKeys.map((r) => r.Region).filter((r) => r !== regionOf(key))
  return `Replica; primary in ${config.PrimaryKey.Region}${others.length === 0 ? '' : `, other replicas in ${others.join(', ')}`}`
}

/** The Region in a key ARN (`arn:aws:kms:<region>:…`). */
const regionOf = (key: KeyMetadata): string => key.Arn.split(':')[3] ?? ''

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
    regions: regionRoleText(key),
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
    row.regions,
  ].map((text) => text.toLowerCase())
  return words.every((word) => texts.some((text) => text.includes(word)))
}
