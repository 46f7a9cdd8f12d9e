import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createKms } from '@/core/kms/index.ts'
import { createIndexedDbKmsStore } from './kms-store-idb.ts'
import { openKeyDeckDb } from './keydeck-db.ts'

const opened: { close(): void }[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

async function store(name: string) {
  const db = await openKeyDeckDb(name)
  opened.push(db)
  return { db, store: createIndexedDbKmsStore(db) }
}

describe('a KEY_AGREEMENT key in IndexedDB', () => {
  it('keeps its ECDH private key non-extractable and derives the same secret after a restart', async () => {
    const first = await store('kms-agreement')
    const kms = createKms({ store: first.store, now: () => Date.UTC(2026, 10, 29) })
    const { KeyMetadata } = await kms.call('CreateKey', {
      KeySpec: 'ECC_NIST_P521',
      KeyUsage: 'KEY_AGREEMENT',
    })
    const { PublicKey } = await kms.call('GetPublicKey', { KeyId: KeyMetadata.KeyId })
    const input = { KeyId: KeyMetadata.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey } as const
    const before = await kms.call('DeriveSharedSecret', input)

    const [record] = await first.db.getAll('kmsKeys')
    const keys = Object.values(
      (record as { material: { keys: Record<string, CryptoKey> } }).material.keys,
    )
    expect(keys.map((key) => [key.algorithm.name, key.extractable, key.usages])).toEqual([
      ['ECDH', false, ['deriveBits']],
    ])

    const again = createKms({
      store: (await store('kms-agreement')).store,
      now: () => Date.UTC(2026, 10, 30),
    })
    const after = await again.call('DeriveSharedSecret', input)
    expect(after.SharedSecret).toEqual(before.SharedSecret)
    expect(after.SharedSecret).toHaveLength(66)
  })
})
