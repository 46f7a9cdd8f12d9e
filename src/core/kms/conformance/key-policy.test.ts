// GetKeyPolicy / PutKeyPolicy / ListKeyPolicies and the policy lockout safety check.
// https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html
// https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
import {
  LimitExceededException,
  MalformedPolicyDocumentException,
  NotFoundException,
} from '@aws-sdk/client-kms'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  ROOT,
  createKeyId,
  createSim,
  createSymmetricKey,
  expectKmsError,
  keyArn,
  type Sim,
} from './harness.ts'

const DEFAULT_POLICY = {
  Version: '2012-10-17',
  Id: 'key-default-1',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
}

const allowRootAndAlice = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
    {
      Sid: 'alice',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
    },
  ],
})

describe('key policy', () => {
  let sim: Sim
  let keyId: string

  beforeAll(async () => {
    sim = createSim()
    keyId = await createSymmetricKey(sim.sdk)
  })

  it('applies the default key policy that delegates to IAM', async () => {
    const out = await sim.sdk.getKeyPolicy({ KeyId: keyId })
    expect(out.PolicyName).toBe('default')
    expect(JSON.parse(out.Policy!)).toEqual(DEFAULT_POLICY)
    const named = await sim.sdk.getKeyPolicy({ KeyId: keyId, PolicyName: 'default' })
    expect(named.Policy).toBe(out.Policy)
  })

  it('lists exactly one policy named default', async () => {
    const out = await sim.sdk.listKeyPolicies({ KeyId: keyId })
    expect(out.PolicyNames).toEqual(['default'])
    expect(out.Truncated).toBe(false)
  })

  it('refuses policy names other than default', async () => {
    await expectKmsError(
      sim.sdk.getKeyPolicy({ KeyId: keyId, PolicyName: 'other' }),
      NotFoundException,
      `No such policy exists: the only key policy of ${keyArn(keyId)} is named default.`,
    )
  })

  it('stores and returns a new policy verbatim', async () => {
    await sim.sdk.putKeyPolicy({ KeyId: keyId, Policy: allowRootAndAlice })
    const out = await sim.sdk.getKeyPolicy({ KeyId: keyId })
    expect(out.Policy).toBe(allowRootAndAlice)
  })

  it('accepts a policy at creation', async () => {
    const id = await createKeyId(sim.sdk, { Policy: allowRootAndAlice })
    const got = await sim.sdk.getKeyPolicy({ KeyId: id })
    expect(got.Policy).toBe(allowRootAndAlice)
  })

  it('refuses malformed documents with MalformedPolicyDocumentException', async () => {
    const bad = [
      '{not json',
      '[]',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
      }),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Maybe', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }],
      }),
    ]
    for (const Policy of bad) {
      await expectKmsError(
        sim.sdk.putKeyPolicy({ KeyId: keyId, Policy }),
        MalformedPolicyDocumentException,
      )
      await expectKmsError(sim.sdk.createKey({ Policy }), MalformedPolicyDocumentException)
    }
    // Characters outside \u0009\u000A\u000D\u0020-\u00FF are refused (the SDK sends UTF-8 JSON).
    const snowman = allowRootAndAlice.replace('"root"', '"root\u2603"')
    await expectKmsError(
      sim.sdk.putKeyPolicy({ KeyId: keyId, Policy: snowman }),
      MalformedPolicyDocumentException,
      'The key policy contains characters outside \\u0009, \\u000A, \\u000D and \\u0020-\\u00FF.',
    )
    expect((await sim.sdk.getKeyPolicy({ KeyId: keyId })).Policy).toBe(allowRootAndAlice)
  })

  it('runs the lockout safety check unless bypassed', async () => {
    // Only alice may use the key: the root caller could never call PutKeyPolicy again.
    const lockout = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    })
    const id = await createSymmetricKey(sim.sdk)
    await expectKmsError(
      sim.sdk.putKeyPolicy({ KeyId: id, Policy: lockout }),
      MalformedPolicyDocumentException,
    )
    await expectKmsError(sim.sdk.createKey({ Policy: lockout }), MalformedPolicyDocumentException)
    await sim.sdk.putKeyPolicy({ KeyId: id, Policy: lockout, BypassPolicyLockoutSafetyCheck: true })
    const created = await sim.sdk.createKey({
      Policy: lockout,
      BypassPolicyLockoutSafetyCheck: true,
    })
    expect(created.KeyMetadata?.KeyState).toBe('Enabled')
  })

  it('the lockout check needs PutKeyPolicy for the caller, and accepts the account id form', async () => {
    const id = await createSymmetricKey(sim.sdk)
    const onlyEncrypt = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:Encrypt', Resource: '*' },
      ],
    })
    await expectKmsError(
      sim.sdk.putKeyPolicy({ KeyId: id, Policy: onlyEncrypt }),
      MalformedPolicyDocumentException,
    )
    // "111122223333" is IAM shorthand for the account principal arn:aws:iam::111122223333:root.
    const shorthand = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'kms:*', Resource: '*' }],
    })
    await sim.sdk.putKeyPolicy({ KeyId: id, Policy: shorthand })
    expect((await sim.sdk.getKeyPolicy({ KeyId: id })).Policy).toBe(shorthand)
  })

  it('refuses policies over the 32 KB quota with LimitExceededException', async () => {
    const statement = (i: number) => ({
      Sid: `s${i}`,
      Effect: 'Allow',
      Principal: { AWS: ROOT },
      Action: 'kms:*',
      Resource: '*',
    })
    const big = JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 500 }, (_, i) => statement(i)),
    })
    expect(big.length).toBeGreaterThan(32 * 1024)
    await expectKmsError(
      sim.sdk.putKeyPolicy({ KeyId: keyId, Policy: big }),
      LimitExceededException,
    )
  })
})
