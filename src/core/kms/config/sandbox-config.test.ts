import { describe, expect, it } from 'vitest'
import { generateMaterialToImport, wrapMaterialForImport } from '../import/wrap-for-import.ts'
import { createKms } from '../index.ts'
import { createTestKms, seededRandom, T0 } from '../testing/test-kms.ts'
import {
  exportSandboxConfig,
  importSandboxConfig,
  parseSandboxConfig,
  rehearseSandboxConfig,
  type SandboxConfig,
} from './sandbox-config.ts'

const ALICE = 'arn:aws:iam::111122223333:user/alice'
const ALLOW_ENCRYPT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }],
})

/** An account with a bit of everything: an identity, a policy naming it, tags, rotation. */
async function preparedAccount() {
  const { kms } = createTestKms()
  await kms.iam.createUser('alice')
  await kms.iam.putPrincipalPolicy(ALICE, 'encrypt', ALLOW_ENCRYPT)
  await kms.iam.createRole('admin')
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'kms:*',
        Resource: '*',
      },
      { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:Encrypt', Resource: '*' },
    ],
  })
  const orders = await kms.call('CreateKey', {
    Description: 'orders',
    Policy: policy,
    Tags: [{ TagKey: 'team', TagValue: 'shop' }],
  })
  await kms.call('CreateAlias', {
    AliasName: 'alias/orders',
    TargetKeyId: orders.KeyMetadata.KeyId,
  })
  await kms.call('EnableKeyRotation', {
    KeyId: orders.KeyMetadata.KeyId,
    RotationPeriodInDays: 180,
  })
  const signing = await kms.call('CreateKey', {
    Description: 'invoices',
    KeySpec: 'ECC_NIST_P256',
    KeyUsage: 'SIGN_VERIFY',
  })
  await kms.call('DisableKey', { KeyId: signing.KeyMetadata.KeyId })
  const doomed = await kms.call('CreateKey', { Description: 'doomed' })
  await kms.call('ScheduleKeyDeletion', { KeyId: doomed.KeyMetadata.KeyId, PendingWindowInDays: 7 })
  return kms
}

/** The configuration without what an import changes by design: key ids and the date. */
const comparable = (config: SandboxConfig) => ({
  identities: config.identities,
  keys: config.keys
    .map(({ keyId: _id, ...rest }) => rest)
    .sort((a, b) => a.description.localeCompare(b.description)),
})

/** An account of two Regions with a multi-Region key, its replica, and a grant for alice. */
async function twoRegionAccount(seed: number) {
  const clock = { now: T0 }
  const home = createKms({ now: () => clock.now, random: seededRandom(seed) })
  const west = createKms({
    region: 'eu-west-1',
    sameAccountAs: home,
    now: () => clock.now,
    random: seededRandom(seed + 100),
  })
  return { home, west, clock }
}

describe('sandbox configuration of two Regions', () => {
  it('keeps a multi-Region key, its replica and its grants through export and import', async () => {
    const { home, west, clock } = await twoRegionAccount(1)
    await home.iam.createUser('alice')
    const { KeyMetadata } = await home.call('CreateKey', {
      Description: 'global orders',
      MultiRegion: true,
    })
    await home.call('ReplicateKey', {
      KeyId: KeyMetadata.KeyId,
      ReplicaRegion: 'eu-west-1',
      Description: 'orders in Ireland',
      Tags: [{ TagKey: 'site', TagValue: 'dublin' }],
    })
    await home.call('CreateGrant', {
      KeyId: KeyMetadata.KeyId,
      Name: 'alice-encrypts',
      GranteePrincipal: ALICE,
      Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { table: 'orders' } },
    })
    clock.now += 60_000
    const source = await exportSandboxConfig(home, T0, [west])
    expect(source.keys[0]).toMatchObject({
      description: 'global orders',
      multiRegion: true,
      replicas: [
        {
          region: 'eu-west-1',
          description: 'orders in Ireland',
          tags: [{ TagKey: 'site', TagValue: 'dublin' }],
        },
      ],
      grants: [
        {
          name: 'alice-encrypts',
          granteePrincipal: ALICE,
          operations: ['Encrypt', 'Decrypt'],
          constraints: { EncryptionContextSubset: { table: 'orders' } },
        },
      ],
    })

    const parsed = parseSandboxConfig(JSON.stringify(source))
    if (!parsed.ok) throw new Error(parsed.message)
    const fresh = await twoRegionAccount(7)
    const summary = await importSandboxConfig(fresh.home, parsed.config)
    expect(summary).toMatchObject({ keys: 1, replicas: 1, grants: 1 })
    fresh.clock.now += 60_000
    const copy = await exportSandboxConfig(fresh.home, T0, [fresh.west])
    expect(comparable(copy)).toEqual(comparable(source))
    const newId = copy.keys[0]?.keyId ?? ''
    expect(newId).toMatch(/^mrk-/)
    const replica = await fresh.west.call('DescribeKey', { KeyId: newId })
    expect(replica.KeyMetadata.MultiRegionConfiguration?.MultiRegionKeyType).toBe('REPLICA')
  })

  it('reads a file made before multi-Region keys and grants were exported', () => {
    const old = {
      format: 'keydeck-sandbox-config',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      keys: [
        {
          keyId: 'k',
          description: 'old',
          keySpec: 'SYMMETRIC_DEFAULT',
          keyUsage: 'ENCRYPT_DECRYPT',
          state: 'Enabled',
          policy: '{}',
          tags: [],
          aliases: [],
        },
      ],
      identities: [],
    }
    expect(parseSandboxConfig(JSON.stringify(old)).ok).toBe(true)
  })
})

describe('sandbox configuration', () => {
  it('exports metadata, policies, tags, rotation, aliases and identities, never material', async () => {
    const config = await exportSandboxConfig(await preparedAccount(), T0)
    expect(config.keys.map((k) => k.description).sort()).toEqual(['invoices', 'orders'])
    const orders = config.keys.find((k) => k.description === 'orders')
    expect(orders).toMatchObject({
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      state: 'Enabled',
      aliases: ['alias/orders'],
      tags: [{ TagKey: 'team', TagValue: 'shop' }],
      rotation: { enabled: true, periodInDays: 180 },
    })
    expect(orders?.policy).toContain(ALICE)
    expect(config.keys.find((k) => k.description === 'invoices')?.state).toBe('Disabled')
    expect(config.identities).toEqual([
      { kind: 'role', name: 'admin', policies: {} },
      { kind: 'user', name: 'alice', policies: { encrypt: ALLOW_ENCRYPT } },
    ])
    const text = JSON.stringify(config)
    expect(text).not.toMatch(/material|CryptoKey|backing/i)
  })

  it('leaves out keys with imported key material (a file cannot carry material)', async () => {
    const kms = await preparedAccount()
    const { KeyMetadata } = await kms.call('CreateKey', { Origin: 'EXTERNAL', Description: 'byok' })
    const params = await kms.call('GetParametersForImport', {
      KeyId: KeyMetadata.KeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    })
    await kms.call('ImportKeyMaterial', {
      KeyId: KeyMetadata.KeyId,
      ImportToken: params.ImportToken,
      EncryptedKeyMaterial: await wrapMaterialForImport(
        await generateMaterialToImport(),
        params.PublicKey,
        'RSAES_OAEP_SHA_256',
      ),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    })
    const config = await exportSandboxConfig(kms, T0)
    expect(config.keys.map((k) => k.description).sort()).toEqual(['invoices', 'orders'])
  })

  it('round-trips: an import on a fresh account gives the same configuration on new keys', async () => {
    const source = await exportSandboxConfig(await preparedAccount(), T0)
    const parsed = parseSandboxConfig(JSON.stringify(source))
    if (!parsed.ok) throw new Error(parsed.message)
    const { kms: fresh } = createTestKms({ random: seededRandom(2) })
    const summary = await importSandboxConfig(fresh, parsed.config)
    expect(summary).toEqual({ keys: 2, aliases: 1, identities: 2, replicas: 0, grants: 0 })
    const copy = await exportSandboxConfig(fresh, T0)
    expect(comparable(copy)).toEqual(comparable(source))
    const oldIds = source.keys.map((k) => k.keyId)
    expect(copy.keys.every((k) => !oldIds.includes(k.keyId))).toBe(true)
  })

  it('refuses a file that is not JSON, or not a configuration, naming the problem', () => {
    expect(parseSandboxConfig('{ nope')).toEqual({ ok: false, message: 'The file is not JSON.' })
    const wrong = parseSandboxConfig(JSON.stringify({ format: 'keydeck-backup', keys: [] }))
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.message).toMatch(/not a KeyDeck sandbox configuration: format/)
  })

  it('refuses a file carrying key material or an unknown key spec', async () => {
    const good = await exportSandboxConfig(await preparedAccount(), T0)
    const [first, ...rest] = good.keys
    if (first === undefined) throw new Error('no key')
    const withMaterial = { ...good, keys: [{ ...first, material: 'AAAA' }, ...rest] }
    expect(parseSandboxConfig(JSON.stringify(withMaterial)).ok).toBe(false)
    const badSpec = { ...good, keys: [{ ...first, keySpec: 'AES_512' }] }
    const parsed = parseSandboxConfig(JSON.stringify(badSpec))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain('keys.0.keySpec')
  })

  it('refuses, in a rehearsal on a scratch account, a well-formed file that KMS would refuse', async () => {
    const good = await exportSandboxConfig(await preparedAccount(), T0)
    const [first] = good.keys
    if (first === undefined) throw new Error('no key')
    const badPolicy = { ...good, keys: [{ ...first, policy: '{"Statement": 3}' }] }
    const refused = await rehearseSandboxConfig(createTestKms().kms, badPolicy)
    expect(refused.ok).toBe(false)
    if (!refused.ok)
      expect(refused.message).toMatch(/^Replaying it fails with MalformedPolicyDocumentException/)
    expect((await rehearseSandboxConfig(createTestKms().kms, good)).ok).toBe(true)
  })
})
