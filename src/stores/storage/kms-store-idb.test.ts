import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it } from 'vitest'
import { createKms, generateMaterialToImport, wrapMaterialForImport } from '@/core/kms/index.ts'
import { createIndexedDbKmsStore, createIndexedDbRegionStore } from './kms-store-idb.ts'
import { DB_VERSION, openKeyDeckDb, type KeyDeckDb } from './keydeck-db.ts'

const opened: { close(): void }[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))
let n = 0

async function open(name: string): Promise<KeyDeckDb> {
  const db = await openKeyDeckDb(name)
  opened.push(db)
  return db
}

describe('KMS store in IndexedDB', () => {
  it('keeps keys, aliases and old ciphertext usable across a restart of the simulator', async () => {
    const name = `kms-${++n}`
    const first = createKms({
      store: createIndexedDbKmsStore(await open(name)),
      now: () => Date.UTC(2026, 10, 29),
    })
    const { KeyMetadata } = await first.call('CreateKey', { Description: 'orders' })
    await first.call('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: KeyMetadata.KeyId })
    const { CiphertextBlob } = await first.call('Encrypt', {
      KeyId: 'alias/orders',
      Plaintext: new TextEncoder().encode('survives a reload'),
      EncryptionContext: { table: 'orders' },
    })

    const again = createKms({
      store: createIndexedDbKmsStore(await open(name)),
      now: () => Date.UTC(2026, 10, 30),
    })
    const described = await again.call('DescribeKey', { KeyId: 'alias/orders' })
    expect(described.KeyMetadata.Arn).toBe(KeyMetadata.Arn)
    const { Plaintext } = await again.call('Decrypt', {
      CiphertextBlob,
      EncryptionContext: { table: 'orders' },
    })
    expect(new TextDecoder().decode(Plaintext)).toBe('survives a reload')
    expect((await again.auditTrail()).map((e) => e.eventName)).toContain('CreateAlias')
  })

  it('stores key material only as non-extractable CryptoKeys', async () => {
    const db = await open(`kms-${++n}`)
    const kms = createKms({ store: createIndexedDbKmsStore(db) })
    await kms.call('CreateKey', {})
    const [record] = await db.getAll('kmsKeys')
    const found: CryptoKey[] = []
    const walk = (value: unknown) => {
      if (value instanceof CryptoKey) found.push(value)
      else if (value && typeof value === 'object' && !(value instanceof Uint8Array))
        Object.values(value).forEach(walk)
    }
    walk(record)
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((key) => key.extractable === false)).toBe(true)
    await expect(crypto.subtle.exportKey('raw', found[0]!)).rejects.toThrow()
  })

  it('upgrades a version 1 database and keeps its study data', async () => {
    const name = `upgrade-${++n}`
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('cardStates', { keyPath: 'cardId' })
        const log = db.createObjectStore('reviewLog', { keyPath: 'id' })
        log.createIndex('byCard', 'cardId')
        log.createIndex('byTime', 'reviewedAt')
        db.createObjectStore('meta')
      },
    })
    await v1.put('meta', { newPerDay: 7 }, 'settings')
    v1.close()
    const db = await open(name)
    expect(db.version).toBe(DB_VERSION)
    expect(await db.get('meta', 'settings')).toEqual({ newPerDay: 7 })
    expect([...db.objectStoreNames]).toContain('kmsKeys')
    expect([...db.objectStoreNames]).toContain('cardNotes')
  })

  it('upgrades a version 4 database: its keys stay, and grants persist from then on', async () => {
    const name = `upgrade-v4-${++n}`
    const v4 = await openDB(name, 4, {
      upgrade(db) {
        db.createObjectStore('cardStates', { keyPath: 'cardId' })
        const log = db.createObjectStore('reviewLog', { keyPath: 'id' })
        log.createIndex('byCard', 'cardId')
        log.createIndex('byTime', 'reviewedAt')
        db.createObjectStore('meta')
        for (const store of ['kmsKeys', 'kmsAliases', 'kmsPrincipals', 'kmsAudit'])
          db.createObjectStore(store)
        db.createObjectStore('cardNotes', { keyPath: 'cardId' })
        db.createObjectStore('cliFiles')
        db.createObjectStore('cliHistory')
      },
    })
    await v4.put('kmsAliases', { name: 'alias/orders' }, 'alias/orders')
    v4.close()

    const db = await open(name)
    expect(db.version).toBe(DB_VERSION)
    expect(await db.get('kmsAliases', 'alias/orders')).toEqual({ name: 'alias/orders' })
    expect([...db.objectStoreNames]).toContain('kmsGrants')
    const now = () => Date.UTC(2026, 10, 29)
    const first = createKms({ store: createIndexedDbKmsStore(db), now })
    const { KeyMetadata } = await first.call('CreateKey', {})
    const { GrantId } = await first.call('CreateGrant', {
      KeyId: KeyMetadata.KeyId,
      GranteePrincipal: 'arn:aws:iam::111122223333:root',
      Operations: ['Encrypt'],
    })
    const again = createKms({ store: createIndexedDbKmsStore(await open(name)), now })
    const { Grants } = await again.call('ListGrants', { KeyId: KeyMetadata.KeyId })
    expect(Grants.map((g) => g.GrantId)).toEqual([GrantId])
  })

  it('keeps an import token and imported material across restarts', async () => {
    const name = `kms-${++n}`
    const now = () => Date.UTC(2026, 10, 29)
    const first = createKms({ store: createIndexedDbKmsStore(await open(name)), now })
    const { KeyMetadata } = await first.call('CreateKey', { Origin: 'EXTERNAL' })
    const params = await first.call('GetParametersForImport', {
      KeyId: KeyMetadata.KeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_1',
      WrappingKeySpec: 'RSA_2048',
    })

    // The wrapping private key comes back from IndexedDB and unwraps.
    const second = createKms({ store: createIndexedDbKmsStore(await open(name)), now })
    await second.call('ImportKeyMaterial', {
      KeyId: KeyMetadata.KeyId,
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: await wrapMaterialForImport(
        await generateMaterialToImport(),
        params.PublicKey,
        'RSAES_OAEP_SHA_1',
      ),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    })
    const { CiphertextBlob } = await second.call('Encrypt', {
      KeyId: KeyMetadata.KeyId,
      Plaintext: new TextEncoder().encode('my own material'),
    })

    const third = createKms({ store: createIndexedDbKmsStore(await open(name)), now })
    const { Plaintext } = await third.call('Decrypt', { CiphertextBlob })
    expect(new TextDecoder().decode(Plaintext)).toBe('my own material')
    const described = await third.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    expect(described.KeyMetadata).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'Enabled' })
  })

  it('reads key records stored before multi-Region keys as single-Region keys', async () => {
    const db = await open(`kms-${++n}`)
    const now = () => Date.UTC(2026, 10, 29)
    const kms = createKms({ store: createIndexedDbKmsStore(db), now })
    const { KeyMetadata } = await kms.call('CreateKey', { Description: 'old' })
    const { CiphertextBlob } = await kms.call('Encrypt', {
      KeyId: KeyMetadata.KeyId,
      Plaintext: new TextEncoder().encode('from before'),
    })
    // Exactly the members a key record had before multi-Region keys (database version 5).
    const OLD_MEMBERS = [
      'keyId',
      'arn',
      'accountId',
      'region',
      'creationDate',
      'description',
      'keySpec',
      'keyUsage',
      'origin',
      'keyManager',
      'state',
      'policy',
      'tags',
      'rotation',
      'material',
    ]
    const stored = (await db.get('kmsKeys', KeyMetadata.KeyId)) as unknown as Record<
      string,
      unknown
    >
    expect(Object.keys(stored).sort()).toEqual([...OLD_MEMBERS].sort())
    const old = Object.fromEntries(OLD_MEMBERS.map((member) => [member, stored[member]]))
    await db.put('kmsKeys', old as never, KeyMetadata.KeyId)

    const again = createKms({ store: createIndexedDbKmsStore(await open(db.name)), now })
    const described = await again.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    expect(described.KeyMetadata.MultiRegion).toBe(false)
    expect(described.KeyMetadata.MultiRegionConfiguration).toBeUndefined()
    const { Plaintext } = await again.call('Decrypt', { CiphertextBlob })
    expect(new TextDecoder().decode(Plaintext)).toBe('from before')
    const deletion = await again.call('ScheduleKeyDeletion', { KeyId: KeyMetadata.KeyId })
    expect(deletion.KeyState).toBe('PendingDeletion')
  })

  it('keeps multi-Region keys of two Regions (one database each) across a restart', async () => {
    const eastName = `kms-${++n}`
    const westName = `kms-${++n}`
    let time = Date.UTC(2026, 10, 29)
    const now = () => time
    const account = async () => {
      const east = createKms({
        region: 'us-east-1',
        store: createIndexedDbKmsStore(await open(eastName)),
        now,
      })
      const west = createKms({
        region: 'eu-west-1',
        sameAccountAs: east,
        store: createIndexedDbKmsStore(await open(westName)),
        now,
      })
      return { east, west }
    }
    const first = await account()
    const { KeyMetadata } = await first.east.call('CreateKey', { MultiRegion: true })
    await first.east.call('ReplicateKey', { KeyId: KeyMetadata.KeyId, ReplicaRegion: 'eu-west-1' })
    time += 60_000
    const { CiphertextBlob } = await first.east.call('Encrypt', {
      KeyId: KeyMetadata.KeyId,
      Plaintext: new TextEncoder().encode('two Regions'),
    })

    const again = await account()
    const west = await again.west.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    expect(west.KeyMetadata.KeyState).toBe('Enabled')
    expect(west.KeyMetadata.MultiRegionConfiguration?.MultiRegionKeyType).toBe('REPLICA')
    const { Plaintext } = await again.west.call('Decrypt', { CiphertextBlob })
    expect(new TextDecoder().decode(Plaintext)).toBe('two Regions')
    await again.east.call('RotateKeyOnDemand', { KeyId: KeyMetadata.KeyId })
    const rotated = await again.west.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    const primary = await again.east.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    expect(rotated.KeyMetadata.CurrentKeyMaterialId).toBe(primary.KeyMetadata.CurrentKeyMaterialId)
  })

  it('keeps the second Region in the same database, apart from the first, across a restart', async () => {
    const name = `kms-${++n}`
    let time = Date.UTC(2026, 10, 29)
    const now = () => time
    const account = async () => {
      const db = await open(name)
      const home = createIndexedDbKmsStore(db)
      const east = createKms({ region: 'us-east-1', store: home, now })
      const west = createKms({
        region: 'eu-west-1',
        sameAccountAs: east,
        store: createIndexedDbRegionStore(db, 'eu-west-1', home.principals),
        now,
      })
      return { east, west }
    }
    const first = await account()
    const { KeyMetadata } = await first.east.call('CreateKey', { MultiRegion: true })
    await first.east.call('ReplicateKey', { KeyId: KeyMetadata.KeyId, ReplicaRegion: 'eu-west-1' })
    await first.west.call('CreateKey', { Description: 'only in eu-west-1' })
    time += 60_000

    const again = await account()
    const west = await again.west.call('DescribeKey', { KeyId: KeyMetadata.KeyId })
    expect(west.KeyMetadata.MultiRegionConfiguration?.MultiRegionKeyType).toBe('REPLICA')
    expect((await again.west.call('ListKeys', {})).Keys).toHaveLength(2)
    // Each Region lists only its own keys, though both live in one database.
    expect((await again.east.call('ListKeys', {})).Keys.map((k) => k.KeyId)).toEqual([
      KeyMetadata.KeyId,
    ])
    expect((await again.west.auditTrail()).map((e) => e.eventName)).toContain('CreateKey')
  })

  it('upgrades a version 5 database: its keys stay and the second Region starts empty', async () => {
    const name = `upgrade-v5-${++n}`
    const v5 = await openDB(name, 5, {
      upgrade(db) {
        db.createObjectStore('cardStates', { keyPath: 'cardId' })
        const log = db.createObjectStore('reviewLog', { keyPath: 'id' })
        log.createIndex('byCard', 'cardId')
        log.createIndex('byTime', 'reviewedAt')
        db.createObjectStore('meta')
        for (const store of ['kmsKeys', 'kmsAliases', 'kmsPrincipals', 'kmsAudit', 'kmsGrants'])
          db.createObjectStore(store)
        db.createObjectStore('cardNotes', { keyPath: 'cardId' })
        db.createObjectStore('cliFiles')
        db.createObjectStore('cliHistory')
      },
    })
    await v5.put('kmsAliases', { name: 'alias/orders' }, 'alias/orders')
    v5.close()

    const db = await open(name)
    expect(db.version).toBe(DB_VERSION)
    expect(await db.get('kmsAliases', 'alias/orders')).toEqual({ name: 'alias/orders' })
    const home = createIndexedDbKmsStore(db)
    const east = createKms({ store: home })
    const west = createKms({
      region: 'eu-west-1',
      sameAccountAs: east,
      store: createIndexedDbRegionStore(db, 'eu-west-1', home.principals),
    })
    expect((await west.call('ListKeys', {})).Keys).toEqual([])
  })
})
