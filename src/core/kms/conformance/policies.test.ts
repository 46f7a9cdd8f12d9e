// Authorization: key policy + IAM identity policies, as KMS evaluates them.
// https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
// https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
import type { KMS } from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  ROOT,
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  text,
  utf8,
  type Sim,
} from './harness.ts'

const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`
const CAROL = `arn:aws:iam::${ACCOUNT}:user/carol`
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`

function policy(...Statement: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement })
}

/** AccessDeniedException must name who was refused and which kms: action. */
async function expectDenied(call: Promise<unknown>, principal: string, action: string) {
  const error = await expectKmsError(call, 'AccessDeniedException')
  expect(error.message).toContain(principal)
  expect(error.message).toContain(action)
}

describe('key policy and IAM policies', () => {
  let sim: Sim
  let keyId: string
  let arn: string
  let alice: KMS
  let bob: KMS
  let carol: KMS
  let role: KMS

  beforeAll(async () => {
    sim = createSim()
    for (const name of ['alice', 'bob', 'carol']) await sim.kms.iam.createUser(name)
    await sim.kms.iam.createRole('app')
    keyId = await createSymmetricKey(sim.sdk)
    arn = keyArn(keyId)
    alice = sim.as(ALICE)
    bob = sim.as(BOB)
    carol = sim.as(CAROL)
    role = sim.as(ROLE)
  })

  it('the account root may use a key with the default policy', async () => {
    const enc = await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('root') })
    expect(enc.KeyId).toBe(arn)
  })

  it('an IAM user without an identity policy is denied, and told who and what', async () => {
    await expectDenied(alice.encrypt({ KeyId: keyId, Plaintext: utf8('x') }), ALICE, 'kms:Encrypt')
    await expectDenied(alice.describeKey({ KeyId: keyId }), ALICE, 'kms:DescribeKey')
  })

  it('the default policy delegates to IAM: an identity policy grants exactly its actions', async () => {
    await sim.kms.iam.putPrincipalPolicy(
      ALICE,
      'encrypt-only',
      policy({ Effect: 'Allow', Action: 'kms:Encrypt', Resource: arn }),
    )
    const enc = await alice.encrypt({ KeyId: keyId, Plaintext: utf8('alice') })
    expect(enc.KeyId).toBe(arn)
    await expectDenied(alice.decrypt({ CiphertextBlob: enc.CiphertextBlob }), ALICE, 'kms:Decrypt')
    // The grant is for this key only.
    const other = await createSymmetricKey(sim.sdk)
    await expectDenied(alice.encrypt({ KeyId: other, Plaintext: utf8('x') }), ALICE, 'kms:Encrypt')
  })

  it('wildcards in identity policies match actions and resources', async () => {
    await sim.kms.iam.putPrincipalPolicy(
      ROLE,
      'data-keys',
      policy({ Effect: 'Allow', Action: ['kms:GenerateDataKey*', 'kms:Decrypt'], Resource: '*' }),
    )
    const dk = await role.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' })
    const bare = await role.generateDataKeyWithoutPlaintext({ KeyId: keyId, KeySpec: 'AES_256' })
    const dec = await role.decrypt({ CiphertextBlob: dk.CiphertextBlob })
    expect(dec.Plaintext).toEqual(dk.Plaintext)
    expect(bare.CiphertextBlob?.length).toBeGreaterThan(0)
    await expectDenied(role.encrypt({ KeyId: keyId, Plaintext: utf8('x') }), ROLE, 'kms:Encrypt')
  })

  it('matches IAM actions case-insensitively and resource ARNs with wildcards', async () => {
    await sim.kms.iam.createUser('erin')
    const ERIN = `arn:aws:iam::${ACCOUNT}:user/erin`
    await sim.kms.iam.putPrincipalPolicy(
      ERIN,
      'shouty',
      policy({
        Effect: 'Allow',
        Action: 'KMS:ENCRYPT',
        Resource: `arn:aws:kms:*:${ACCOUNT}:key/*`,
      }),
    )
    const enc = await sim.as(ERIN).encrypt({ KeyId: keyId, Plaintext: utf8('e') })
    expect(enc.KeyId).toBe(arn)
  })

  it('refuses callers that are not principals of the IAM model', async () => {
    await expectKmsError(
      sim.as(`arn:aws:iam::${ACCOUNT}:user/ghost`).describeKey({ KeyId: keyId }),
      'UnrecognizedClientException',
    )
    await expectKmsError(sim.as('not-an-arn').listKeys({}), 'UnrecognizedClientException')
  })

  it('an explicit Deny in an identity policy wins over an Allow', async () => {
    await sim.kms.iam.putPrincipalPolicy(
      CAROL,
      'all-but-decrypt',
      policy(
        { Effect: 'Allow', Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Action: 'kms:Decrypt', Resource: arn },
      ),
    )
    const enc = await carol.encrypt({ KeyId: keyId, Plaintext: utf8('carol') })
    await expectDenied(carol.decrypt({ CiphertextBlob: enc.CiphertextBlob }), CAROL, 'kms:Decrypt')
  })

  it('identity policies decide actions that are not on a key (CreateKey, ListKeys)', async () => {
    await expectDenied(bob.createKey({}), BOB, 'kms:CreateKey')
    await expectDenied(bob.listKeys({}), BOB, 'kms:ListKeys')
    const created = await carol.createKey({})
    expect(created.KeyMetadata?.KeyManager).toBe('CUSTOMER')
  })

  it('an identity policy condition on the encryption context is enforced', async () => {
    await sim.kms.iam.createUser('dave')
    const DAVE = `arn:aws:iam::${ACCOUNT}:user/dave`
    await sim.kms.iam.putPrincipalPolicy(
      DAVE,
      'tenant-acme',
      policy({
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: arn,
        Condition: { StringEquals: { 'kms:EncryptionContext:tenant': 'acme' } },
      }),
    )
    const dave = sim.as(DAVE)
    const acme = await sim.sdk.encrypt({
      KeyId: keyId,
      Plaintext: utf8('a'),
      EncryptionContext: { tenant: 'acme' },
    })
    const other = await sim.sdk.encrypt({
      KeyId: keyId,
      Plaintext: utf8('o'),
      EncryptionContext: { tenant: 'other' },
    })
    const ok = await dave.decrypt({
      CiphertextBlob: acme.CiphertextBlob,
      EncryptionContext: { tenant: 'acme' },
    })
    expect(text(ok.Plaintext)).toBe('a')
    await expectDenied(
      dave.decrypt({
        CiphertextBlob: other.CiphertextBlob,
        EncryptionContext: { tenant: 'other' },
      }),
      DAVE,
      'kms:Decrypt',
    )
  })
})

describe('key policies that name principals directly', () => {
  let sim: Sim

  beforeAll(async () => {
    sim = createSim()
    for (const name of ['alice', 'bob']) await sim.kms.iam.createUser(name)
  })

  it('a key policy naming a user grants it without any IAM policy', async () => {
    const keyId = await createKeyId(sim.sdk, {
      Policy: policy(
        { Sid: 'root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'bob uses',
          Effect: 'Allow',
          Principal: { AWS: BOB },
          Action: ['kms:Encrypt', 'kms:Decrypt'],
          Resource: '*',
        },
      ),
    })
    const bob = sim.as(BOB)
    const enc = await bob.encrypt({ KeyId: keyId, Plaintext: utf8('bob') })
    const dec = await bob.decrypt({ CiphertextBlob: enc.CiphertextBlob })
    expect(text(dec.Plaintext)).toBe('bob')
    await expectDenied(bob.disableKey({ KeyId: keyId }), BOB, 'kms:DisableKey')
    // alice is neither named nor granted through IAM.
    await expectDenied(
      sim.as(ALICE).encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      ALICE,
      'kms:Encrypt',
    )
  })

  it('without the root statement, IAM policies alone cannot grant access', async () => {
    const keyId = await createKeyId(sim.sdk, {
      Policy: policy({
        Effect: 'Allow',
        Principal: { AWS: BOB },
        Action: 'kms:*',
        Resource: '*',
      }),
      BypassPolicyLockoutSafetyCheck: true,
    })
    await sim.kms.iam.putPrincipalPolicy(
      ALICE,
      'everything',
      policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
    )
    await expectDenied(
      sim.as(ALICE).encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      ALICE,
      'kms:Encrypt',
    )
    // The root is not named either, so even the account root is locked out of this key.
    await expectDenied(sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x') }), ROOT, 'kms:Encrypt')
    // bob, named in the key policy, may do everything.
    await sim.as(BOB).putKeyPolicy({
      KeyId: keyId,
      Policy: policy({
        Effect: 'Allow',
        Principal: { AWS: [BOB, ROOT] },
        Action: 'kms:*',
        Resource: '*',
      }),
    })
    await sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('root is back') })
  })

  it('an explicit Deny in the key policy beats an Allow for the same principal', async () => {
    const keyId = await createKeyId(sim.sdk, {
      Policy: policy(
        { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: BOB }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Principal: { AWS: BOB }, Action: 'kms:Decrypt', Resource: '*' },
      ),
    })
    const bob = sim.as(BOB)
    const enc = await bob.encrypt({ KeyId: keyId, Plaintext: utf8('x') })
    await expectDenied(bob.decrypt({ CiphertextBlob: enc.CiphertextBlob }), BOB, 'kms:Decrypt')
  })

  it('a Deny on the account principal in the key policy covers IAM users too', async () => {
    const keyId = await createKeyId(sim.sdk, {
      Policy: policy(
        { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
        {
          Effect: 'Deny',
          Principal: { AWS: ROOT },
          Action: 'kms:ScheduleKeyDeletion',
          Resource: '*',
        },
      ),
    })
    // alice's own identity policy allows everything, so only the key policy's Deny can stop her.
    await sim.kms.iam.putPrincipalPolicy(
      ALICE,
      'all-kms',
      policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
    )
    const alice = sim.as(ALICE)
    expect((await alice.describeKey({ KeyId: keyId })).KeyMetadata?.KeyId).toBe(keyId)
    await expectKmsError(
      alice.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 }),
      'AccessDeniedException',
      `User: ${ALICE} is not authorized to perform: kms:ScheduleKeyDeletion on resource: ${keyArn(keyId)} with an explicit deny in a resource-based policy`,
    )
    expect((await alice.describeKey({ KeyId: keyId })).KeyMetadata?.KeyState).toBe('Enabled')
  })
})
