import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createKms } from '@/core/kms/index.ts'
import { createIndexedDbKmsStore } from './kms-store-idb.ts'
import { openKeyDeckDb, type KeyDeckDb } from './keydeck-db.ts'
import { wipeSandboxAccountData } from './sandbox-account-repository.ts'

const opened: KeyDeckDb[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

describe('sandbox account: start over in storage', () => {
  it('wipes keys, aliases, identities, audit trail, clock and caller; study data stays', async () => {
    const db = await openKeyDeckDb('wipe-1')
    opened.push(db)
    const kms = createKms({ store: createIndexedDbKmsStore(db), now: () => Date.UTC(2026, 0, 1) })
    const { KeyMetadata } = await kms.call('CreateKey', { Description: 'demo' })
    await kms.call('CreateAlias', { AliasName: 'alias/demo', TargetKeyId: KeyMetadata.KeyId })
    const alice = await kms.iam.createUser('alice')
    await kms.call('CreateGrant', {
      KeyId: KeyMetadata.KeyId,
      GranteePrincipal: alice.arn,
      Operations: ['Encrypt'],
    })
    await db.put('meta', { offsetMs: 5, latestMs: 5 }, 'sandboxClock')
    await db.put('meta', 'arn:aws:iam::111122223333:user/alice', 'sandboxCaller')
    await db.put('meta', { dailyNewCards: 7 }, 'settings')
    await db.put('meta', 123, 'firstUseAt')
    await db.put('cliFiles', new Uint8Array([1, 2]), 'notes.enc')
    // Only the records' keys matter here: the wipe must not reach these stores at all.
    await db.put('cardStates', { cardId: 'kms-001' } as never)
    await db.put('reviewLog', { id: 'r1', cardId: 'kms-001', reviewedAt: 1 } as never)

    await wipeSandboxAccountData(db)

    // Every store of the simulator, found in the database itself, not from the list the wipe uses.
    const kmsStores = [...db.objectStoreNames].filter((name) => name.startsWith('kms'))
    expect(kmsStores.length).toBeGreaterThanOrEqual(5)
    for (const store of kmsStores) expect(await db.count(store as 'kmsKeys'), store).toBe(0)
    expect(await db.get('meta', 'sandboxClock')).toBeUndefined()
    expect(await db.get('meta', 'sandboxCaller')).toBeUndefined()
    expect(await db.get('meta', 'settings')).toEqual({ dailyNewCards: 7 })
    expect(await db.get('meta', 'firstUseAt')).toBe(123)
    expect(await db.count('cardStates')).toBe(1)
    expect(await db.count('reviewLog')).toBe(1)
    expect(await db.get('cliFiles', 'notes.enc')).toEqual(new Uint8Array([1, 2]))
  })
})
