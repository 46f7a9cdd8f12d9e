import { describe, expect, it } from 'vitest'
import type { KeyArn, KeyMetadata } from '@/core/kms/index.ts'
import type { AliasEntry } from '@/stores/sandbox-store.ts'
import { keyRows, keyTypeOf, matchesKeyFilter, regionRoleText, rotationText } from './key-rows.ts'

const key = (KeyId: string, over: Partial<KeyMetadata> = {}) =>
  ({
    KeyId,
    Description: '',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: 'Enabled',
    KeyManager: 'CUSTOMER',
    ...over,
  }) as KeyMetadata
const alias = (AliasName: string, TargetKeyId: string) =>
  ({ AliasName, TargetKeyId }) as unknown as AliasEntry

describe('the key list’s rows', () => {
  it('names a multi-Region key’s role and its related Regions', () => {
    const arn = (region: string) => `arn:aws:kms:${region}:111122223333:key/mrk-1` as KeyArn
    const primary = { Arn: arn('us-east-1'), Region: 'us-east-1' }
    const replica = { Arn: arn('eu-west-1'), Region: 'eu-west-1' }
    expect(regionRoleText(key('k'))).toBe('Single-Region')
    const config = { PrimaryKey: primary, ReplicaKeys: [replica] }
    expect(
      regionRoleText(
        key('mrk-1', {
          Arn: primary.Arn,
          MultiRegionConfiguration: { MultiRegionKeyType: 'PRIMARY', ...config },
        }),
      ),
    ).toBe('Primary; replicas in eu-west-1')
    const asReplica = key('mrk-1', {
      Arn: replica.Arn,
      MultiRegionConfiguration: { MultiRegionKeyType: 'REPLICA', ...config },
    })
    expect(regionRoleText(asReplica)).toBe('Replica; primary in us-east-1')
    expect(matchesKeyFilter(keyRows([asReplica], [], {})[0]!, 'replica')).toBe(true)
  })

  it('names the key type as the console does', () => {
    expect(keyTypeOf('SYMMETRIC_DEFAULT')).toBe('Symmetric')
    expect(keyTypeOf('HMAC_256')).toBe('HMAC')
    expect(keyTypeOf('RSA_2048')).toBe('Asymmetric')
    expect(keyTypeOf('ECC_NIST_P256')).toBe('Asymmetric')
  })

  it('says whether and how often a key rotates', () => {
    expect(rotationText(undefined)).toBe('Not supported')
    expect(rotationText({ enabled: false })).toBe('Off')
    expect(rotationText({ enabled: true, periodInDays: 365 })).toBe('Every 365 days')
  })

  it('gives each key its own aliases, sorted, and who manages it', () => {
    const rows = keyRows(
      [key('a'), key('b', { KeyManager: 'AWS', KeySpec: 'HMAC_256' })],
      [alias('alias/z', 'a'), alias('alias/aws/s3', 'b'), alias('alias/m', 'a')],
      { a: { enabled: true, periodInDays: 90 } },
    )
    expect(rows.map((r) => [r.aliases, r.managedBy, r.type, r.rotation])).toEqual([
      [['alias/m', 'alias/z'], 'Customer', 'Symmetric', 'Every 90 days'],
      [['alias/aws/s3'], 'AWS', 'HMAC', 'Not supported'],
    ])
  })

  it('filters on every word, in any column, case aside', () => {
    const [row] = keyRows(
      [key('1234abcd', { Description: 'Orders table' })],
      [alias('alias/orders', '1234abcd')],
      {},
    )
    expect(matchesKeyFilter(row!, '')).toBe(true)
    expect(matchesKeyFilter(row!, 'ORDERS')).toBe(true)
    expect(matchesKeyFilter(row!, 'alias/ord enabled')).toBe(true)
    expect(matchesKeyFilter(row!, '1234 symmetric customer')).toBe(true)
    expect(matchesKeyFilter(row!, 'orders disabled')).toBe(false)
    expect(matchesKeyFilter(row!, 'hmac')).toBe(false)
  })
})
