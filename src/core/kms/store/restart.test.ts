import { describe, expect, it } from 'vitest'
import { createKms, type Kms } from '../index.ts'
import { seededRandom, T0, text, utf8 } from '../testing/test-kms.ts'
import { createMemoryKmsStore } from './memory-store.ts'
import { generateMaterialToImport, wrapMaterialForImport } from '../import/wrap-for-import.ts'

describe('restart on an existing store', () => {
  it('a new engine sees the keys, aliases, material, principals and audit of the previous one', async () => {
    const store = createMemoryKmsStore()
    const clock = { now: T0 }
    const first = createKms({ store, now: () => clock.now, random: seededRandom(1) })
    const { KeyMetadata: key } = await first.call('CreateKey', { Description: 'kept' })
    await first.call('CreateAlias', { AliasName: 'alias/kept', TargetKeyId: key.KeyId })
    await first.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 })
    await first.iam.createUser('bob')
    const { CiphertextBlob } = await first.call('Encrypt', {
      KeyId: 'alias/kept',
      Plaintext: utf8('hi'),
    })

    clock.now += 100 * 86_400_000
    const second = createKms({ store, now: () => clock.now, random: seededRandom(2) })
    expect(text((await second.call('Decrypt', { CiphertextBlob })).Plaintext)).toBe('hi')
    const { KeyMetadata: again } = await second.call('DescribeKey', { KeyId: 'alias/kept' })
    expect(again.Description).toBe('kept')
    expect(again.CurrentKeyMaterialId).not.toBe(key.CurrentKeyMaterialId) // rotated on day 90
    expect((await second.iam.listPrincipals()).map((p) => p.name)).toEqual(['bob'])
    const trail = await second.auditTrail()
    expect(trail[0]?.eventName).toBe('DescribeKey')
    const sequences = trail.map((e) => e.sequence)
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a))
    expect(new Set(sequences).size).toBe(sequences.length)
  })

  it('a new engine keeps imported material, its import token and its expiry', async () => {
    const store = createMemoryKmsStore()
    const clock = { now: T0 }
    const first = createKms({ store, now: () => clock.now, random: seededRandom(1) })
    const { KeyMetadata: key } = await first.call('CreateKey', { Origin: 'EXTERNAL' })
    const params = await first.call('GetParametersForImport', {
      KeyId: key.KeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    })
    const material = await generateMaterialToImport()
    const wrapped = await wrapMaterialForImport(material, params.PublicKey, 'RSAES_OAEP_SHA_256')

    const second = createKms({ store, now: () => clock.now, random: seededRandom(2) })
    await second.call('ImportKeyMaterial', {
      KeyId: key.KeyId,
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: wrapped,
      ValidTo: new Date(T0 + 5 * 86_400_000),
    })
    const { CiphertextBlob } = await second.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('hi'),
    })

    clock.now += 86_400_000
    const third = createKms({ store, now: () => clock.now, random: seededRandom(3) })
    expect(text((await third.call('Decrypt', { CiphertextBlob })).Plaintext)).toBe('hi')
    clock.now += 4 * 86_400_000
    const fourth = createKms({ store, now: () => clock.now, random: seededRandom(4) })
    const { KeyMetadata: later } = await fourth.call('DescribeKey', { KeyId: key.KeyId })
    expect(later.KeyState).toBe('PendingImport')
  })

  it('new engines keep a multi-Region key with imported material: the replica still takes only the same material', async () => {
    const stores = { east: createMemoryKmsStore(), west: createMemoryKmsStore() }
    const clock = { now: T0 }
    const now = () => clock.now
    const start = (seed: number) => {
      const east = createKms({
        region: 'us-east-1',
        store: stores.east,
        now,
        random: seededRandom(seed),
      })
      const west = createKms({ region: 'eu-west-1', sameAccountAs: east, store: stores.west, now })
      return { east, west }
    }
    const importInto = async (kms: Kms, keyId: string, material: CryptoKey) => {
      const params = await kms.call('GetParametersForImport', {
        KeyId: keyId,
        WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
        WrappingKeySpec: 'RSA_2048',
      })
      return kms.call('ImportKeyMaterial', {
        KeyId: keyId,
        ImportToken: params.ImportToken,
        EncryptedKeyMaterial: await wrapMaterialForImport(
          material,
          params.PublicKey,
          'RSAES_OAEP_SHA_256',
        ),
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      })
    }
    const first = start(1)
    const { KeyMetadata: key } = await first.east.call('CreateKey', {
      Origin: 'EXTERNAL',
      MultiRegion: true,
    })
    const material = await generateMaterialToImport()
    await importInto(first.east, key.KeyId, material)
    await first.east.call('ReplicateKey', { KeyId: key.KeyId, ReplicaRegion: 'eu-west-1' })
    clock.now += 10_000

    const second = start(2)
    const { KeyMetadata: replica } = await second.west.call('DescribeKey', { KeyId: key.KeyId })
    expect(replica.KeyState).toBe('PendingImport')
    await expect(
      importInto(second.west, key.KeyId, await generateMaterialToImport()),
    ).rejects.toMatchObject({
      name: 'IncorrectKeyMaterialException',
    })
    await importInto(second.west, key.KeyId, material)
    const { CiphertextBlob } = await second.east.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('both'),
    })

    const third = start(3)
    expect(text((await third.west.call('Decrypt', { CiphertextBlob })).Plaintext)).toBe('both')
  })

  it('a new engine keeps imported HMAC material: the same MACs', async () => {
    const store = createMemoryKmsStore()
    const first = createKms({ store, now: () => T0, random: seededRandom(1) })
    const { KeyMetadata: key } = await first.call('CreateKey', {
      Origin: 'EXTERNAL',
      KeySpec: 'HMAC_384',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    const params = await first.call('GetParametersForImport', {
      KeyId: key.KeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    })
    const material = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, [
      'sign',
    ])
    await first.call('ImportKeyMaterial', {
      KeyId: key.KeyId,
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: await wrapMaterialForImport(
        material,
        params.PublicKey,
        'RSAES_OAEP_SHA_256',
      ),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    })
    const mac = { KeyId: key.KeyId, MacAlgorithm: 'HMAC_SHA_384', Message: utf8('hi') } as const
    const { Mac } = await first.call('GenerateMac', mac)
    expect(Mac).toEqual(new Uint8Array(await crypto.subtle.sign('HMAC', material, utf8('hi'))))

    const second = createKms({ store, now: () => T0, random: seededRandom(2) })
    expect((await second.call('VerifyMac', { ...mac, Mac })).MacValid).toBe(true)
  })

  it('a new engine keeps imported ECC material: it signs, and its public key is the same', async () => {
    const store = createMemoryKmsStore()
    const first = createKms({ store, now: () => T0, random: seededRandom(1) })
    const { KeyMetadata: key } = await first.call('CreateKey', {
      Origin: 'EXTERNAL',
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
    })
    const params = await first.call('GetParametersForImport', {
      KeyId: key.KeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_1',
      WrappingKeySpec: 'RSA_2048',
    })
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ])
    await first.call('ImportKeyMaterial', {
      KeyId: key.KeyId,
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: await wrapMaterialForImport(
        pair.privateKey,
        params.PublicKey,
        'RSAES_OAEP_SHA_1',
      ),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    })

    const second = createKms({ store, now: () => T0, random: seededRandom(2) })
    const { PublicKey } = await second.call('GetPublicKey', { KeyId: key.KeyId })
    expect(PublicKey).toEqual(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)))
    const signing = {
      KeyId: key.KeyId,
      Message: utf8('hi'),
      SigningAlgorithm: 'ECDSA_SHA_256',
    } as const
    const { Signature } = await second.call('Sign', signing)
    expect((await second.call('Verify', { ...signing, Signature })).SignatureValid).toBe(true)
  })

  it('stores records by structured clone: mutating what it returns changes nothing', async () => {
    const store = createMemoryKmsStore()
    const kms = createKms({ store })
    const { KeyMetadata: key } = await kms.call('CreateKey', {})
    const record = await store.keys.get(key.KeyId)
    expect(record?.material.kind).toBe('symmetric')
    if (record?.material.kind === 'symmetric') {
      const cryptoKey = record.material.versions[0]?.cryptoKey
      expect(cryptoKey?.extractable).toBe(false)
      expect(cryptoKey?.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 })
    }
    ;(record as { description: string }).description = 'mutated'
    expect((await kms.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.Description).toBe('')
  })
  it('two engines taking turns on one store: applyDueEvents picks up the other one’s writes', async () => {
    const store = createMemoryKmsStore()
    const clock = { now: T0 }
    const tabA = createKms({ store, now: () => clock.now, random: seededRandom(3) })
    const tabB = createKms({ store, now: () => clock.now, random: seededRandom(4) })
    await tabB.call('ListKeys', {}) // B has scanned: nothing due, ever
    const { KeyMetadata: key } = await tabA.call('CreateKey', {})
    await tabA.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 })

    await tabB.applyDueEvents() // B's turn again: it rescans before it goes on
    clock.now += 91 * 86_400_000
    const { KeyMetadata: rotated } = await tabB.call('DescribeKey', { KeyId: key.KeyId })
    expect(rotated.CurrentKeyMaterialId).not.toBe(key.CurrentKeyMaterialId)
    const sequences = (await tabB.auditTrail()).map((e) => e.sequence)
    expect(new Set(sequences).size).toBe(sequences.length)
  })
})
