import { describe, expect, it } from 'vitest'
import type { KeyMetadata } from '@/core/kms/index.ts'
import type { AliasEntry } from '@/stores/sandbox-store.ts'
import { keyRows, keyTypeOf, matchesKeyFilter, rotationText } from './key-rows.ts'

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
