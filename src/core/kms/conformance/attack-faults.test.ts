// Faults an attack on the simulator found (issue 16), each pinned by a test that failed before its
// fix. Requests go through the real AWS SDK where it can express them, else through the awsJson1_1
// entry point as raw bodies.
import { describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  ROOT,
  createKeyId,
  createSim,
  expectKmsError,
  keyArn,
  text,
  utf8,
} from './harness.ts'

/** `n` nested JSON arrays, as text (`[[…]]`) and as a value. */
const nestedText = (n: number): string => '['.repeat(n) + ']'.repeat(n)
const nestedValue = (n: number): unknown => JSON.parse(nestedText(n))

describe('fault 1: a deeply nested body is a malformed request (4xx), and it is audited', () => {
  it('an encryption context value nested 2,700 levels deep: SerializationException, recorded', async () => {
    const sim = createSim()
    const keyId = await createKeyId(sim.sdk)
    await expectKmsError(
      sim.sdk.encrypt({
        KeyId: keyId,
        Plaintext: utf8('x'),
        EncryptionContext: { deep: nestedValue(2700) } as unknown as Record<string, string>,
      }),
      'SerializationException',
    )
    const [event] = await sim.kms.auditTrail({ limit: 1 })
    expect(event).toMatchObject({ eventName: 'Encrypt', errorCode: 'SerializationException' })
  })

  it.each([
    ['a known member', (deep: string) => `{"Description":${deep}}`],
    ['an unknown member', (deep: string) => `{"Unknown":${deep}}`],
  ])('CreateKey with %s nested 2,700 levels deep: 400, recorded, no key', async (_, body) => {
    const sim = createSim()
    const response = await sim.kms.handle('TrentService.CreateKey', body(nestedText(2700)))
    expect(response.status).toBe(400)
    expect(JSON.parse(response.body)).toMatchObject({ __type: 'SerializationException' })
    const [event] = await sim.kms.auditTrail({ limit: 1 })
    expect(event).toMatchObject({ eventName: 'CreateKey', errorCode: 'SerializationException' })
    expect((await sim.sdk.listKeys({})).Keys).toEqual([])
  })

  it('64 levels are accepted, 65 are not (the request object is level 1)', async () => {
    const sim = createSim()
    const body = (levels: number) => `{"Unknown":${nestedText(levels - 1)}}`
    expect((await sim.kms.handle('TrentService.ListKeys', body(64))).status).toBe(200)
    const tooDeep = await sim.kms.handle('TrentService.ListKeys', body(65))
    expect(tooDeep.status).toBe(400)
    expect(JSON.parse(tooDeep.body)).toMatchObject({ __type: 'SerializationException' })
  })

  it('a typed call with a cyclic member is refused and recorded, not a stack overflow', async () => {
    const sim = createSim()
    const cycle: Record<string, unknown> = {}
    cycle['self'] = cycle
    const error = await sim.kms
      .call('CreateKey', { Description: cycle as unknown as string })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'SerializationException' })
    const [event] = await sim.kms.auditTrail({ limit: 1 })
    expect(event).toMatchObject({ eventName: 'CreateKey', errorCode: 'SerializationException' })
  })
})

describe('fault 2: CreateKey, ListKeys and ListAliases act on the caller’s own account only', () => {
  const FOREIGN_ROOT = 'arn:aws:iam::444455556666:root'

  it.each([FOREIGN_ROOT, 'arn:aws:iam::444455556666:user/bob'])(
    '%s can neither create keys here nor list this account’s keys and aliases',
    async (caller) => {
      const sim = createSim()
      const keyId = await createKeyId(sim.sdk)
      await sim.sdk.createAlias({ AliasName: 'alias/mine', TargetKeyId: keyId })
      const foreign = sim.as(caller)
      for (const [action, call] of [
        ['kms:CreateKey', foreign.createKey({ Description: 'planted' })],
        ['kms:ListKeys', foreign.listKeys({})],
        ['kms:ListAliases', foreign.listAliases({})],
        ['kms:ListAliases', foreign.listAliases({ KeyId: keyArn(keyId) })],
      ] as const) {
        const error = await expectKmsError(call, 'AccessDeniedException')
        expect(error.message).toContain(caller)
        expect(error.message).toContain(action)
      }
      expect((await sim.sdk.listKeys({})).Keys?.map((k) => k.KeyId)).toEqual([keyId])
    },
  )

  it('the foreign root still uses a key whose policy allows its account, by key ARN', async () => {
    const sim = createSim()
    const keyId = await createKeyId(sim.sdk, {
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
          {
            Effect: 'Allow',
            Principal: { AWS: FOREIGN_ROOT },
            Action: ['kms:Encrypt', 'kms:DescribeKey'],
            Resource: '*',
          },
        ],
      }),
    })
    const foreign = sim.as(FOREIGN_ROOT)
    const encrypted = await foreign.encrypt({ KeyId: keyArn(keyId), Plaintext: utf8('x') })
    expect(encrypted.KeyId).toBe(keyArn(keyId))
    // GenerateRandom touches no account's resources: the foreign root may call it.
    expect((await foreign.generateRandom({ NumberOfBytes: 4 })).Plaintext).toHaveLength(4)
  })
})

describe('fault 3: kms:EncryptionAlgorithm applies when the request leaves the algorithm out', () => {
  const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`
  const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`
  const SYMMETRIC = { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' }

  async function setUp() {
    const sim = createSim()
    await sim.kms.iam.createUser('alice')
    await sim.kms.iam.createUser('bob')
    const keyId = await createKeyId(sim.sdk, {
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'NoSymmetricDefaultForAlice',
            Effect: 'Deny',
            Principal: { AWS: ALICE },
            Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
            Resource: '*',
            Condition: { StringEquals: SYMMETRIC },
          },
          {
            Sid: 'BobOnlyWithSymmetricDefault',
            Effect: 'Allow',
            Principal: { AWS: BOB },
            Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'],
            Resource: '*',
            Condition: { StringEquals: SYMMETRIC },
          },
        ],
      }),
    })
    return { sim, keyId, alice: sim.as(ALICE), bob: sim.as(BOB) }
  }

  it('a Deny on SYMMETRIC_DEFAULT is not dodged by omitting EncryptionAlgorithm', async () => {
    const { sim, keyId, alice } = await setUp()
    const blob = (await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x') })).CiphertextBlob
    for (const call of [
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      alice.encrypt({
        KeyId: keyId,
        Plaintext: utf8('x'),
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      }),
      alice.decrypt({ CiphertextBlob: blob }),
      alice.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' }),
      alice.generateDataKeyWithoutPlaintext({ KeyId: keyId, KeySpec: 'AES_256' }),
    ]) {
      const error = await expectKmsError(call, 'AccessDeniedException')
      expect(error.message).toContain('with an explicit deny in a resource-based policy')
    }
  })

  it('an Allow on SYMMETRIC_DEFAULT covers requests that omit EncryptionAlgorithm', async () => {
    const { keyId, bob } = await setUp()
    const { CiphertextBlob } = await bob.encrypt({ KeyId: keyId, Plaintext: utf8('bob') })
    expect(text((await bob.decrypt({ CiphertextBlob })).Plaintext)).toBe('bob')
    expect(
      (await bob.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' })).Plaintext,
    ).toHaveLength(32)
  })
})

describe('fault 4: context keys that differ only by case are all decided, in any order', () => {
  const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`

  async function setUp() {
    const sim = createSim()
    await sim.kms.iam.createUser('alice')
    const keyId = await createKeyId(sim.sdk, {
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'FinanceOnly',
            Effect: 'Allow',
            Principal: { AWS: ALICE },
            Action: 'kms:Encrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionContext:dept': 'finance' } },
          },
          {
            Sid: 'NeverSecret',
            Effect: 'Deny',
            Principal: '*',
            Action: 'kms:Encrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionContext:project': 'secret' } },
          },
        ],
      }),
    })
    return { sim, keyId, alice: sim.as(ALICE) }
  }

  it.each([
    ['finance first', { dept: 'finance', Dept: 'hr' }],
    ['finance last', { Dept: 'hr', dept: 'finance' }],
  ])('an Allow must hold for every matching key (%s)', async (_, context) => {
    const { keyId, alice } = await setUp()
    const call = alice.encrypt({ KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: context })
    await expectKmsError(call, 'AccessDeniedException')
  })

  it.each([
    ['secret first', { project: 'secret', PROJECT: 'public' }],
    ['secret last', { PROJECT: 'public', project: 'secret' }],
  ])('a Deny applies when any matching key matches (%s)', async (_, context) => {
    const { sim, keyId } = await setUp()
    const call = sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: context })
    const error = await expectKmsError(call, 'AccessDeniedException')
    expect(error.message).toContain('explicit deny')
  })

  it('one key in any case still decides alone', async () => {
    const { keyId, alice } = await setUp()
    const context = { DEPT: 'finance' }
    const out = await alice.encrypt({
      KeyId: keyId,
      Plaintext: utf8('x'),
      EncryptionContext: context,
    })
    expect(out.KeyId).toBe(keyArn(keyId))
  })
})

describe('fault 5: ForAnyValue on a missing or empty key is false', () => {
  it('an Allow with ForAnyValue:StringNotEquals does not cover a request without a context', async () => {
    const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`
    const sim = createSim()
    await sim.kms.iam.createUser('alice')
    const keyId = await createKeyId(sim.sdk, {
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'SomeContextKeyOtherThanLegacy',
            Effect: 'Allow',
            Principal: { AWS: ALICE },
            Action: 'kms:Encrypt',
            Resource: '*',
            Condition: {
              'ForAnyValue:StringNotEquals': { 'kms:EncryptionContextKeys': 'legacy' },
            },
          },
        ],
      }),
    })
    const alice = sim.as(ALICE)
    for (const EncryptionContext of [undefined, {}]) {
      const call = alice.encrypt({ KeyId: keyId, Plaintext: utf8('x'), EncryptionContext })
      await expectKmsError(call, 'AccessDeniedException')
    }
    const legacyOnly = { legacy: 'yes' }
    await expectKmsError(
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: legacyOnly }),
      'AccessDeniedException',
    )
    const other = { app: 'orders' }
    const out = await alice.encrypt({
      KeyId: keyId,
      Plaintext: utf8('x'),
      EncryptionContext: other,
    })
    expect(out.KeyId).toBe(keyArn(keyId))
  })
})

describe('fault 6: `__proto__` stays a key wherever policy or request data becomes keys', () => {
  const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`
  const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement })
  const ALLOW_ROOT = { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }

  it('a condition on a key named __proto__ keeps an Allow conditioned', async () => {
    const sim = createSim()
    await sim.kms.iam.createUser('alice')
    const conditioned = {
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:Encrypt',
      Resource: '*',
      // JSON.stringify keeps "__proto__" as an ordinary member, as a policy text would.
      Condition: JSON.parse('{"StringEquals":{"__proto__":"x"}}') as unknown,
    }
    const keyId = await createKeyId(sim.sdk, { Policy: policy(ALLOW_ROOT, conditioned) })
    expect((await sim.sdk.getKeyPolicy({ KeyId: keyId })).Policy).toContain('"__proto__":"x"')
    await expectKmsError(
      sim.as(ALICE).encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
  })

  it('the lockout check sees the condition on __proto__ and refuses the policy', async () => {
    const sim = createSim()
    const keyId = await createKeyId(sim.sdk)
    const onlyIfProto = {
      Effect: 'Allow',
      Principal: { AWS: ROOT },
      Action: 'kms:*',
      Resource: '*',
      Condition: JSON.parse('{"StringEquals":{"__proto__":"x"}}') as unknown,
    }
    await expectKmsError(
      sim.sdk.putKeyPolicy({ KeyId: keyId, PolicyName: 'default', Policy: policy(onlyIfProto) }),
      'MalformedPolicyDocumentException',
    )
  })

  it('an identity policy named __proto__ is kept, and its Deny applies', async () => {
    const sim = createSim()
    await sim.kms.iam.createUser('alice')
    const keyId = await createKeyId(sim.sdk)
    const iamPolicy = (Effect: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect, Action: 'kms:*', Resource: '*' }],
      })
    await sim.kms.iam.putPrincipalPolicy(ALICE, 'use-keys', iamPolicy('Allow'))
    await sim.kms.iam.putPrincipalPolicy(ALICE, '__proto__', iamPolicy('Deny'))
    expect(Object.keys((await sim.kms.iam.getPrincipal(ALICE))?.policies ?? {})).toEqual([
      'use-keys',
      '__proto__',
    ])
    const error = await expectKmsError(
      sim.as(ALICE).encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
    expect(error.message).toContain('explicit deny in an identity-based policy')
    // A name found only on Object.prototype is no policy of alice's.
    await expect(sim.kms.iam.deletePrincipalPolicy(ALICE, 'constructor')).rejects.toMatchObject({
      name: 'NoSuchEntityException',
    })
  })

  it('the audit trail keeps an encryption context key named __proto__', async () => {
    const sim = createSim()
    const keyId = await createKeyId(sim.sdk)
    const body = `{"KeyId":"${keyId}","Plaintext":"AQ==","EncryptionContext":{"__proto__":"x","b":"y"}}`
    expect((await sim.kms.handle('TrentService.Encrypt', body)).status).toBe(200)
    const [event] = await sim.kms.auditTrail({ limit: 1 })
    const context = event?.requestParameters['EncryptionContext'] as Record<string, unknown>
    expect(Object.entries(context)).toEqual([
      ['__proto__', 'x'],
      ['b', 'y'],
    ])
  })
})

describe('fault 6: NotPrincipal with Deny, as AWS describes it', () => {
  const ADMIN = `arn:aws:iam::${ACCOUNT}:user/admin`
  const deny = (notPrincipal: string[]) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'OnlyTheseMayDescribe',
          Effect: 'Deny',
          NotPrincipal: { AWS: notPrincipal },
          Action: 'kms:DescribeKey',
          Resource: '*',
        },
      ],
    })

  async function describeAs(notPrincipal: string[], caller: string) {
    const sim = createSim()
    await sim.kms.iam.createUser('admin')
    const keyId = await createKeyId(sim.sdk, {
      Policy: deny(notPrincipal),
      BypassPolicyLockoutSafetyCheck: true,
    })
    return sim.as(caller).describeKey({ KeyId: keyId })
  }

  it('naming the user without its account does not exempt the user', async () => {
    const error = await expectKmsError(describeAs([ADMIN], ADMIN), 'AccessDeniedException')
    expect(error.message).toContain('explicit deny')
  })

  it('naming the user and its account exempts the user', async () => {
    expect((await describeAs([ADMIN, ROOT], ADMIN)).KeyMetadata?.Enabled).toBe(true)
  })

  it('naming the account exempts its root only, not its users', async () => {
    expect((await describeAs([ROOT], ROOT)).KeyMetadata?.Enabled).toBe(true)
    await expectKmsError(describeAs([ROOT], ADMIN), 'AccessDeniedException')
  })
})
