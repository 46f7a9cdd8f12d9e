// Grants through the real AWS SDK: CreateGrant, ListGrants, ListRetirableGrants, RetireGrant,
// RevokeGrant, and grants authorizing what no policy allows.
// https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
// https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
import {
  DisabledException,
  DryRunOperationException,
  InvalidCiphertextException,
  InvalidGrantIdException,
  InvalidGrantTokenException,
  KMSInvalidStateException,
  NotFoundException,
  type KMS,
} from '@aws-sdk/client-kms'
import { beforeEach, describe, expect, it } from 'vitest'
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
const OTHER_ROOT = 'arn:aws:iam::444455556666:root'

describe('grants', () => {
  let sim: Sim
  let keyId: string
  let alice: KMS
  let bob: KMS

  beforeEach(async () => {
    sim = createSim()
    await sim.kms.iam.createUser('alice')
    await sim.kms.iam.createUser('bob')
    keyId = await createSymmetricKey(sim.sdk)
    alice = sim.as(ALICE)
    bob = sim.as(BOB)
  })

  it('a grant lets its grantee use the key no policy lets it use, at once, with its token', async () => {
    // The default key policy delegates to IAM and alice has no identity policy: denied.
    await expectKmsError(
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
    const { GrantId, GrantToken } = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt', 'Decrypt'],
    })
    expect(GrantId).toMatch(/^[0-9a-f]{64}$/)
    expect(GrantToken).toBeTruthy()
    const enc = await alice.encrypt({
      KeyId: keyArn(keyId),
      Plaintext: utf8('granted'),
      GrantTokens: [GrantToken!],
    })
    const dec = await alice.decrypt({
      CiphertextBlob: enc.CiphertextBlob,
      GrantTokens: [GrantToken!],
    })
    expect(text(dec.Plaintext)).toBe('granted')
    // Only the listed operations, and only for the grantee.
    await expectKmsError(
      alice.generateDataKey({ KeyId: keyId, KeySpec: 'AES_256' }),
      'AccessDeniedException',
    )
    await expectKmsError(
      bob.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
  })

  it('a grant never overrides an explicit Deny of the key policy', async () => {
    await sim.sdk.putKeyPolicy({
      KeyId: keyId,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
          { Effect: 'Deny', Principal: { AWS: ALICE }, Action: 'kms:Encrypt', Resource: '*' },
        ],
      }),
    })
    await sim.sdk.createGrant({ KeyId: keyId, GranteePrincipal: ALICE, Operations: ['Encrypt'] })
    const error = await expectKmsError(
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
    expect(error.message).toContain('explicit deny')
  })

  it('grant tokens the simulator did not issue are InvalidGrantTokenException', async () => {
    await expectKmsError(
      sim.sdk.encrypt({ KeyId: keyId, Plaintext: utf8('x'), GrantTokens: ['not-a-token'] }),
      InvalidGrantTokenException,
    )
    await expectKmsError(
      sim.sdk.retireGrant({ GrantToken: 'bm9wZQ==' }),
      InvalidGrantTokenException,
    )
  })

  it('EncryptionContextSubset: keys match without case, values with case', async () => {
    await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { Dept: 'IT' } },
    })
    const enc = await alice.encrypt({
      KeyId: keyId,
      Plaintext: utf8('x'),
      EncryptionContext: { dept: 'IT', purpose: 'test' },
    })
    await alice.decrypt({
      CiphertextBlob: enc.CiphertextBlob,
      EncryptionContext: { dept: 'IT', purpose: 'test' },
    })
    await expectKmsError(
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: { Dept: 'it' } }),
      'AccessDeniedException',
    )
    await expectKmsError(
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
  })

  it('EncryptionContextEquals: exactly the pairs, keys without case', async () => {
    await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt', 'Decrypt', 'DescribeKey'],
      Constraints: { EncryptionContextEquals: { app: 'orders' } },
    })
    const enc = await alice.encrypt({
      KeyId: keyId,
      Plaintext: utf8('x'),
      EncryptionContext: { APP: 'orders' },
    })
    // The constraint lets the call through; the ciphertext still needs its exact context.
    await expectKmsError(
      alice.decrypt({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { app: 'orders' } }),
      InvalidCiphertextException,
    )
    await expectKmsError(
      alice.encrypt({
        KeyId: keyId,
        Plaintext: utf8('x'),
        EncryptionContext: { app: 'orders', extra: '1' },
      }),
      'AccessDeniedException',
    )
    // Constraints do not apply to operations without an encryption context.
    const described = await alice.describeKey({ KeyId: keyArn(keyId) })
    expect(described.KeyMetadata?.KeyId).toBe(keyId)
  })

  it('refuses operations the key type does not support, and constraints on non-symmetric keys', async () => {
    await expectKmsError(
      sim.sdk.createGrant({ KeyId: keyId, GranteePrincipal: ALICE, Operations: ['Sign'] }),
      'ValidationException',
      /Sign/,
    )
    const hmacKey = await createKeyId(sim.sdk, {
      KeySpec: 'HMAC_256',
      KeyUsage: 'GENERATE_VERIFY_MAC',
    })
    await sim.sdk.createGrant({
      KeyId: hmacKey,
      GranteePrincipal: ALICE,
      Operations: ['GenerateMac'],
    })
    await expectKmsError(
      sim.sdk.createGrant({
        KeyId: hmacKey,
        GranteePrincipal: ALICE,
        Operations: ['GenerateMac'],
        Constraints: { EncryptionContextSubset: { a: 'b' } },
      }),
      'ValidationException',
    )
  })

  it('validates members as the model does', async () => {
    await expectKmsError(
      sim.sdk.createGrant({
        KeyId: keyId,
        GranteePrincipal: ALICE,
        Operations: ['Encrypt'],
        Name: 'bad name!',
      }),
      'ValidationException',
      /at 'name' failed to satisfy constraint/,
    )
    await expectKmsError(
      sim.sdk.createGrant({
        KeyId: 'alias/orders',
        GranteePrincipal: ALICE,
        Operations: ['Encrypt'],
      }),
      NotFoundException,
    )
  })

  it('is idempotent by Name: same name and parameters give the same grant, a new token', async () => {
    const request = {
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt' as const, 'Decrypt' as const],
      Name: 'orders-app',
    }
    const first = await sim.sdk.createGrant(request)
    const again = await sim.sdk.createGrant({ ...request, Operations: ['Decrypt', 'Encrypt'] })
    expect(again.GrantId).toBe(first.GrantId)
    expect(again.GrantToken).not.toBe(first.GrantToken)
    const different = await sim.sdk.createGrant({ ...request, Operations: ['Encrypt'] })
    expect(different.GrantId).not.toBe(first.GrantId)
    const unnamed = { KeyId: keyId, GranteePrincipal: ALICE, Operations: ['Encrypt' as const] }
    const a = await sim.sdk.createGrant(unnamed)
    const b = await sim.sdk.createGrant(unnamed)
    expect(a.GrantId).not.toBe(b.GrantId)
  })

  it('ListGrants lists a key grants with paging, by grant id or grantee', async () => {
    const ids: string[] = []
    for (const [i, grantee] of [ALICE, BOB, ALICE].entries()) {
      sim.clock.now += 1000
      const { GrantId } = await sim.sdk.createGrant({
        KeyId: keyId,
        GranteePrincipal: grantee,
        RetiringPrincipal: BOB,
        Operations: ['Decrypt'],
        Name: `n${i}`,
        Constraints: { EncryptionContextSubset: { a: 'b' } },
      })
      ids.push(GrantId!)
    }
    const first = await sim.sdk.listGrants({ KeyId: keyId, Limit: 2 })
    expect(first.Truncated).toBe(true)
    expect(first.Grants?.map((g) => g.GrantId)).toEqual(ids.slice(0, 2))
    const grant = first.Grants![0]!
    expect(grant).toMatchObject({
      KeyId: keyArn(keyId),
      GranteePrincipal: ALICE,
      RetiringPrincipal: BOB,
      IssuingAccount: ROOT,
      Operations: ['Decrypt'],
      Name: 'n0',
      Constraints: { EncryptionContextSubset: { a: 'b' } },
    })
    expect(grant.CreationDate).toBeInstanceOf(Date)
    const rest = await sim.sdk.listGrants({ KeyId: keyId, Marker: first.NextMarker })
    expect(rest.Grants?.map((g) => g.GrantId)).toEqual(ids.slice(2))
    expect(rest.Truncated).toBe(false)
    const byId = await sim.sdk.listGrants({ KeyId: keyId, GrantId: ids[1] })
    expect(byId.Grants?.map((g) => g.GranteePrincipal)).toEqual([BOB])
    const byGrantee = await sim.sdk.listGrants({ KeyId: keyId, GranteePrincipal: ALICE })
    expect(byGrantee.Grants).toHaveLength(2)
    await expectKmsError(
      sim.sdk.listGrants({ KeyId: keyId, GrantId: 'nope' }),
      InvalidGrantIdException,
    )
    const retirable = await sim.sdk.listRetirableGrants({ RetiringPrincipal: BOB })
    expect(retirable.Grants).toHaveLength(3)
  })

  it('RetireGrant: by token, or by the retiring principal, the grantee allowed to, or the account', async () => {
    const byToken = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt'],
    })
    await sim.sdk.retireGrant({ GrantToken: byToken.GrantToken })
    await expectKmsError(
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )

    const retirable = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      RetiringPrincipal: BOB,
      Operations: ['Encrypt'],
    })
    // The grantee may not retire a grant without RetireGrant among its operations.
    await expectKmsError(
      alice.retireGrant({ KeyId: keyArn(keyId), GrantId: retirable.GrantId }),
      'AccessDeniedException',
      /kms:RetireGrant/,
    )
    await bob.retireGrant({ KeyId: keyArn(keyId), GrantId: retirable.GrantId })
    expect((await sim.sdk.listGrants({ KeyId: keyId })).Grants).toEqual([])

    const selfRetiring = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt', 'RetireGrant'],
    })
    await alice.retireGrant({ KeyId: keyArn(keyId), GrantId: selfRetiring.GrantId })

    const byAccount = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt'],
    })
    await sim.sdk.retireGrant({ KeyId: keyId, GrantId: byAccount.GrantId })
    await expectKmsError(
      sim.sdk.retireGrant({ KeyId: keyId, GrantId: byAccount.GrantId }),
      NotFoundException,
    )
    await expectKmsError(sim.sdk.retireGrant({ KeyId: keyId }), 'ValidationException')
  })

  it('RevokeGrant needs kms:RevokeGrant and ends the grant', async () => {
    const { GrantId } = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt', 'RetireGrant'],
    })
    await expectKmsError(alice.revokeGrant({ KeyId: keyId, GrantId }), 'AccessDeniedException')
    await expectKmsError(
      sim.sdk.revokeGrant({ KeyId: keyId, GrantId, DryRun: true }),
      DryRunOperationException,
    )
    await sim.sdk.revokeGrant({ KeyId: keyId, GrantId })
    await expectKmsError(
      alice.encrypt({ KeyId: keyId, Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
    await expectKmsError(sim.sdk.revokeGrant({ KeyId: keyId, GrantId }), NotFoundException)
    await expectKmsError(
      sim.sdk.revokeGrant({ KeyId: keyId, GrantId: 'x'.repeat(64) }),
      InvalidGrantIdException,
    )
  })

  it('key states: CreateGrant refused when Disabled or PendingDeletion; Retire/Revoke/List work', async () => {
    const { GrantId } = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt'],
    })
    await sim.sdk.disableKey({ KeyId: keyId })
    await expectKmsError(
      sim.sdk.createGrant({ KeyId: keyId, GranteePrincipal: ALICE, Operations: ['Encrypt'] }),
      DisabledException,
      `${keyArn(keyId)} is disabled.`,
    )
    await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    await expectKmsError(
      sim.sdk.createGrant({ KeyId: keyId, GranteePrincipal: ALICE, Operations: ['Encrypt'] }),
      KMSInvalidStateException,
      `${keyArn(keyId)} is pending deletion.`,
    )
    expect((await sim.sdk.listGrants({ KeyId: keyId })).Grants).toHaveLength(1)
    await sim.sdk.revokeGrant({ KeyId: keyId, GrantId })
    expect((await sim.sdk.listGrants({ KeyId: keyId })).Grants).toHaveLength(0)
  })

  it('a grantee with CreateGrant may pass on no more than its grant allows', async () => {
    await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt', 'CreateGrant'],
    })
    await alice.createGrant({
      KeyId: keyArn(keyId),
      GranteePrincipal: BOB,
      Operations: ['Encrypt'],
    })
    await bob.encrypt({ KeyId: keyId, Plaintext: utf8('x') })
    await expectKmsError(
      alice.createGrant({ KeyId: keyArn(keyId), GranteePrincipal: BOB, Operations: ['Decrypt'] }),
      'AccessDeniedException',
    )
  })

  it('a principal of another account uses the key through a grant, by key ARN', async () => {
    const other = sim.as(OTHER_ROOT)
    await expectKmsError(
      other.encrypt({ KeyId: keyArn(keyId), Plaintext: utf8('x') }),
      'AccessDeniedException',
    )
    await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: OTHER_ROOT,
      Operations: ['Encrypt'],
    })
    const enc = await other.encrypt({ KeyId: keyArn(keyId), Plaintext: utf8('x') })
    expect(enc.KeyId).toBe(keyArn(keyId))
  })

  it('key policy conditions on kms:GrantOperations, kms:GranteePrincipal and kms:GrantIsForAWSResource', async () => {
    await sim.sdk.putKeyPolicy({
      KeyId: keyId,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
          {
            Effect: 'Allow',
            Principal: { AWS: ALICE },
            Action: 'kms:CreateGrant',
            Resource: '*',
            Condition: {
              'ForAllValues:StringEquals': { 'kms:GrantOperations': ['Encrypt', 'Decrypt'] },
              StringEquals: { 'kms:GranteePrincipal': BOB },
            },
          },
        ],
      }),
    })
    await alice.createGrant({
      KeyId: keyArn(keyId),
      GranteePrincipal: BOB,
      Operations: ['Encrypt'],
    })
    await expectKmsError(
      alice.createGrant({
        KeyId: keyArn(keyId),
        GranteePrincipal: BOB,
        Operations: ['ReEncryptFrom'],
      }),
      'AccessDeniedException',
    )
    await expectKmsError(
      alice.createGrant({ KeyId: keyArn(keyId), GranteePrincipal: ALICE, Operations: ['Encrypt'] }),
      'AccessDeniedException',
    )
  })

  it('each grant call lands in the audit trail, without grant tokens', async () => {
    const { GrantId, GrantToken } = await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt'],
    })
    await sim.sdk.listGrants({ KeyId: keyId })
    await sim.sdk.retireGrant({ GrantToken })
    const events = await sim.kms.auditTrail({ keyArn: keyArn(keyId) })
    expect(events.map((e) => e.eventName).slice(0, 3)).toEqual([
      'RetireGrant',
      'ListGrants',
      'CreateGrant',
    ])
    const created = events[2]!
    expect(created.responseElements).toEqual({ GrantId })
    expect(JSON.stringify(events)).not.toContain(GrantToken!)
  })

  it('a deleted key takes its grants with it', async () => {
    await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      RetiringPrincipal: BOB,
      Operations: ['Encrypt'],
    })
    await sim.sdk.scheduleKeyDeletion({ KeyId: keyId, PendingWindowInDays: 7 })
    sim.advanceDays(8)
    const retirable = await sim.sdk.listRetirableGrants({ RetiringPrincipal: BOB })
    expect(retirable.Grants).toEqual([])
  })

  it('a grantee passing on a constrained grant must keep a constraint as strict', async () => {
    await sim.sdk.createGrant({
      KeyId: keyId,
      GranteePrincipal: ALICE,
      Operations: ['Decrypt', 'CreateGrant'],
      Constraints: { EncryptionContextSubset: { app: 'orders' } },
    })
    await expectKmsError(
      alice.createGrant({ KeyId: keyArn(keyId), GranteePrincipal: BOB, Operations: ['Decrypt'] }),
      'AccessDeniedException',
    )
    await alice.createGrant({
      KeyId: keyArn(keyId),
      GranteePrincipal: BOB,
      Operations: ['Decrypt'],
      Constraints: { EncryptionContextEquals: { app: 'orders' } },
    })
  })
})
