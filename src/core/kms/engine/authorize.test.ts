import { describe, expect, it } from 'vitest'
import type { AccessDenied } from '../policy/access-decision.ts'
import { createTestKms, utf8 } from '../testing/test-kms.ts'
import { accessDeniedMessage } from './authorize.ts'

const ALICE = 'arn:aws:iam::111122223333:user/alice'
const allow = (action: string | string[], resource = '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  })

async function setup() {
  const t = createTestKms()
  await t.kms.iam.createUser('alice')
  const { KeyMetadata: key } = await t.kms.call('CreateKey', {})
  return { ...t, key }
}

describe('authorization', () => {
  it('the root is allowed by the default key policy', async () => {
    const { kms, key } = await setup()
    await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
  })

  it('an IAM user needs an identity policy when the key policy delegates to IAM', async () => {
    const { kms, key } = await setup()
    await expect(
      kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') }, ALICE),
    ).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: `User: ${ALICE} is not authorized to perform: kms:Encrypt on resource: ${key.Arn} because no identity-based policy allows the kms:Encrypt action`,
      decision: {
        kind: 'implicit',
        missing: 'identity-policy-allow-after-delegation',
        conditionsUnmet: [],
      },
      explanation: `the key policy delegates to IAM, but no identity policy of ${ALICE} allows kms:Encrypt`,
    })
    await kms.iam.putPrincipalPolicy(ALICE, 'use-keys', allow(['kms:Encrypt', 'kms:Decrypt']))
    const { CiphertextBlob } = await kms.call(
      'Encrypt',
      { KeyId: key.KeyId, Plaintext: utf8('x') },
      ALICE,
    )
    await kms.call('Decrypt', { CiphertextBlob }, ALICE)
    await expect(kms.call('DisableKey', { KeyId: key.KeyId }, ALICE)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
    await kms.iam.deletePrincipalPolicy(ALICE, 'use-keys')
    await expect(kms.call('Decrypt', { CiphertextBlob }, ALICE)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
  })

  it('IAM-only actions: ListKeys, CreateKey, GenerateRandom', async () => {
    const { kms } = await setup()
    await expect(kms.call('ListKeys', {}, ALICE)).rejects.toMatchObject({
      message: `User: ${ALICE} is not authorized to perform: kms:ListKeys on resource: * because no identity-based policy allows the kms:ListKeys action`,
    })
    await kms.iam.putPrincipalPolicy(ALICE, 'admin', allow('kms:*'))
    await kms.call('ListKeys', {}, ALICE)
    await kms.call('GenerateRandom', { NumberOfBytes: 4 }, ALICE)
  })

  it('a key policy without the account principal locks IAM out; an explicit deny wins', async () => {
    const { kms } = await setup()
    await kms.iam.putPrincipalPolicy(ALICE, 'admin', allow('kms:*'))
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:PutKeyPolicy',
          Resource: '*',
        },
        { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:Encrypt', Resource: '*' },
        { Effect: 'Deny', Principal: { AWS: ALICE }, Action: 'kms:Decrypt', Resource: '*' },
      ],
    })
    const { KeyMetadata: key } = await kms.call('CreateKey', { Policy: policy })
    const { CiphertextBlob } = await kms.call(
      'Encrypt',
      { KeyId: key.KeyId, Plaintext: utf8('x') },
      ALICE,
    )
    await expect(kms.call('Decrypt', { CiphertextBlob }, ALICE)).rejects.toMatchObject({
      message: `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${key.Arn} with an explicit deny in a resource-based policy`,
      decision: { kind: 'explicit', policy: 'key-policy', statement: { index: 2 } },
    })
    await expect(kms.call('DescribeKey', { KeyId: key.KeyId }, ALICE)).rejects.toMatchObject({
      message: expect.stringContaining(
        'because no resource-based policy allows the kms:DescribeKey action',
      ),
    })
  })

  it('an explicit deny in an identity policy is named by the policy and its statement', async () => {
    const { kms, key } = await setup()
    await kms.iam.putPrincipalPolicy(ALICE, 'admin', allow('kms:*'))
    await kms.iam.putPrincipalPolicy(
      ALICE,
      'no-decrypt',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'NoDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }],
      }),
    )
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    await expect(kms.call('Decrypt', { CiphertextBlob }, ALICE)).rejects.toMatchObject({
      message: `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${key.Arn} with an explicit deny in an identity-based policy`,
      decision: {
        kind: 'explicit',
        policy: 'identity-policy',
        identityPolicyIndex: 1,
        statement: { index: 0, sid: 'NoDecrypt' },
      },
      explanation: `explicit deny in identity policy 'no-decrypt' of ${ALICE}, statement 'NoDecrypt'`,
    })
  })

  it('ReEncrypt needs ReEncryptFrom on the source and ReEncryptTo on the destination', async () => {
    const { kms, key } = await setup()
    const { KeyMetadata: dest } = await kms.call('CreateKey', {})
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
    await kms.iam.putPrincipalPolicy(ALICE, 'from', allow('kms:ReEncryptFrom', key.Arn))
    await expect(
      kms.call('ReEncrypt', { CiphertextBlob, DestinationKeyId: dest.KeyId }, ALICE),
    ).rejects.toMatchObject({
      message: expect.stringContaining(`kms:ReEncryptTo on resource: ${dest.Arn}`),
    })
    await kms.iam.putPrincipalPolicy(ALICE, 'to', allow('kms:ReEncryptTo', dest.Arn))
    await kms.call('ReEncrypt', { CiphertextBlob, DestinationKeyId: dest.KeyId }, ALICE)
  })

  it('PutKeyPolicy: malformed documents, 32 KB quota and the lockout safety check', async () => {
    const { kms, key } = await setup()
    const id = { KeyId: key.KeyId }
    await expect(kms.call('PutKeyPolicy', { ...id, Policy: '{not json' })).rejects.toMatchObject({
      name: 'MalformedPolicyDocumentException',
    })
    const big = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Sid: 'x'.repeat(33000) },
      ],
    })
    await expect(kms.call('PutKeyPolicy', { ...id, Policy: big })).rejects.toMatchObject({
      name: 'LimitExceededException',
    })
    const lockout = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ALICE }, Action: 'kms:Encrypt', Resource: '*' },
      ],
    })
    await expect(kms.call('PutKeyPolicy', { ...id, Policy: lockout })).rejects.toMatchObject({
      name: 'MalformedPolicyDocumentException',
      message: 'The new key policy will not allow you to update the key policy in the future.',
    })
    await kms.call('PutKeyPolicy', { ...id, Policy: lockout, BypassPolicyLockoutSafetyCheck: true })
    await expect(kms.call('GetKeyPolicy', id, ALICE)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
    await expect(kms.call('GetKeyPolicy', id)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
  })

  it('unknown principals of the account are refused; the IAM model validates policies', async () => {
    const { kms, key } = await setup()
    await expect(
      kms.call('DescribeKey', { KeyId: key.KeyId }, 'arn:aws:iam::111122223333:user/nobody'),
    ).rejects.toMatchObject({ name: 'UnrecognizedClientException' })
    await expect(kms.iam.putPrincipalPolicy(ALICE, 'p', '{')).rejects.toMatchObject({
      name: 'MalformedPolicyDocument',
    })
    await expect(kms.iam.createUser('alice')).rejects.toMatchObject({
      name: 'EntityAlreadyExistsException',
    })
    const role = await kms.iam.createRole('app')
    expect(role.arn).toBe('arn:aws:iam::111122223333:role/app')
    expect((await kms.iam.listPrincipals()).map((p) => p.arn)).toEqual([role.arn, ALICE])
    await kms.iam.deletePrincipal(role.arn)
    expect(await kms.iam.getPrincipal(role.arn)).toBeUndefined()
  })
  // The authorizer remembers decisions of condition-free key policies (engine/authorize.ts):
  // these prove a remembered decision never outlives its policy or leaks to another request.
  it('a decision made once changes when the key policy changes', async () => {
    const { kms, key } = await setup()
    const id = { KeyId: key.KeyId }
    await kms.call('GetKeyPolicy', id)
    await kms.call('GetKeyPolicy', id)
    const onlyPutKeyPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:PutKeyPolicy',
          Resource: '*',
        },
      ],
    })
    await kms.call('PutKeyPolicy', { ...id, Policy: onlyPutKeyPolicy })
    await expect(kms.call('GetKeyPolicy', id)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
    // Another key with the default policy text is still allowed: the key is part of the request.
    const { KeyMetadata: other } = await kms.call('CreateKey', {})
    await kms.call('GetKeyPolicy', { KeyId: other.KeyId })
    await expect(kms.call('GetKeyPolicy', id)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
  })

  it('a key policy with conditions is decided afresh for each request', async () => {
    const { kms } = await setup()
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
          Condition: { StringEquals: { 'kms:EncryptionContext:team': 'blue' } },
        },
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: ['kms:PutKeyPolicy', 'kms:DescribeKey'],
          Resource: '*',
        },
      ],
    })
    const { KeyMetadata: key } = await kms.call('CreateKey', { Policy: policy })
    const encrypt = (team: string) =>
      kms.call('Encrypt', {
        KeyId: key.KeyId,
        Plaintext: utf8('x'),
        EncryptionContext: { team },
      })
    for (let i = 0; i < 2; i++) {
      await encrypt('blue')
      await expect(encrypt('red')).rejects.toMatchObject({ name: 'AccessDeniedException' })
    }
  })

  it('an identity policy that changes is seen at once, whatever was decided before', async () => {
    const { kms, key } = await setup()
    const describe = () => kms.call('DescribeKey', { KeyId: key.KeyId }, ALICE)
    await expect(describe()).rejects.toMatchObject({ name: 'AccessDeniedException' })
    await kms.iam.putPrincipalPolicy(ALICE, 'read', allow('kms:DescribeKey'))
    await describe()
    await kms.iam.deletePrincipalPolicy(ALICE, 'read')
    await expect(describe()).rejects.toMatchObject({ name: 'AccessDeniedException' })
  })
  it('one policy text on two keys: a statement for one key ARN allows that key only', async () => {
    const { kms, key } = await setup()
    const { KeyMetadata: other } = await kms.call('CreateKey', {})
    const root = 'arn:aws:iam::111122223333:root'
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: root }, Action: 'kms:PutKeyPolicy', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: root }, Action: 'kms:Encrypt', Resource: key.Arn },
      ],
    })
    await kms.call('PutKeyPolicy', { KeyId: key.KeyId, Policy: policy })
    await kms.call('PutKeyPolicy', { KeyId: other.KeyId, Policy: policy })
    for (let i = 0; i < 2; i++) {
      await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') })
      await expect(
        kms.call('Encrypt', { KeyId: other.KeyId, Plaintext: utf8('x') }),
      ).rejects.toMatchObject({ name: 'AccessDeniedException' })
    }
  })

  it('a caller ARN that is no IAM principal or role session is refused, whatever the key policy', async () => {
    const { kms } = await setup()
    const open = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
    })
    const { KeyMetadata: key } = await kms.call('CreateKey', {
      Policy: open,
      BypassPolicyLockoutSafetyCheck: true,
    })
    for (const caller of [
      'arn:aws:sts::444455556666:federated-user/eve',
      'arn:aws:iam::444455556666:group/admins',
    ]) {
      await expect(kms.call('DescribeKey', { KeyId: key.KeyId }, caller)).rejects.toMatchObject({
        name: 'UnrecognizedClientException',
      })
    }
    // A role session of another account is recognized; Principal "*" alone does not let it in.
    await expect(
      kms.call(
        'DescribeKey',
        { KeyId: key.KeyId },
        'arn:aws:sts::444455556666:assumed-role/Deployer/run-1',
      ),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' })
  })

  it('a session of an AWS role (aws:ec2-infrastructure) is recognized without IAM, and only grants let it in', async () => {
    const { kms, key } = await setup()
    const ec2 = 'arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-0123456789abcdef0'
    const { CiphertextBlob } = await kms.call('Encrypt', {
      KeyId: key.KeyId,
      Plaintext: utf8('x'),
      EncryptionContext: { 'aws:ebs:id': 'vol-1' },
    })
    const decrypt = () =>
      kms.call('Decrypt', { CiphertextBlob, EncryptionContext: { 'aws:ebs:id': 'vol-1' } }, ec2)
    // Not in kms.iam and no identity policies: the default key policy's delegation to IAM
    // allows it nothing.
    await expect(decrypt()).rejects.toMatchObject({ name: 'AccessDeniedException' })
    await kms.call('CreateGrant', {
      KeyId: key.KeyId,
      GranteePrincipal: ec2,
      Operations: ['Decrypt'],
      Constraints: { EncryptionContextSubset: { 'aws:ebs:id': 'vol-1' } },
    })
    await expect(decrypt()).resolves.toMatchObject({ Plaintext: utf8('x') })
    // A customer's own role session of this account must still exist in IAM.
    await expect(
      kms.call(
        'DescribeKey',
        { KeyId: key.KeyId },
        'arn:aws:sts::111122223333:assumed-role/ec2-infrastructure/i-0123456789abcdef0',
      ),
    ).rejects.toMatchObject({ name: 'UnrecognizedClientException' })
  })
})

describe('accessDeniedMessage', () => {
  const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  const head = `User: ${ALICE} is not authorized to perform: kms:Decrypt on resource: ${KEY}`
  const implicit = { effect: 'Deny', kind: 'implicit', policy: 'none' } as const
  const explicit = { effect: 'Deny', kind: 'explicit', statement: { index: 0 } } as const

  // AWS names only the kind of policy: the key policy is resource-based, IAM is identity-based.
  it.each<[AccessDenied, string]>([
    [{ ...explicit, policy: 'key-policy' }, 'with an explicit deny in a resource-based policy'],
    [
      { ...explicit, policy: 'identity-policy', identityPolicyIndex: 0 },
      'with an explicit deny in an identity-based policy',
    ],
    [
      { ...implicit, missing: 'key-policy-allow', identityPolicyAllows: true, conditionsUnmet: [] },
      'because no resource-based policy allows the kms:Decrypt action',
    ],
    [
      { ...implicit, missing: 'key-policy' },
      'because no resource-based policy allows the kms:Decrypt action',
    ],
    [
      { ...implicit, missing: 'identity-policy-allow-after-delegation', conditionsUnmet: [] },
      'because no identity-based policy allows the kms:Decrypt action',
    ],
    [
      {
        ...implicit,
        missing: 'cross-account-identity-policy-allow',
        callerAccount: '444455556666',
        conditionsUnmet: [],
      },
      'because no identity-based policy allows the kms:Decrypt action',
    ],
    [
      { ...implicit, missing: 'identity-policy-allow', conditionsUnmet: [] },
      'because no identity-based policy allows the kms:Decrypt action',
    ],
    [
      { ...implicit, missing: 'caller-account-only', callerAccount: '444455556666' },
      'because no identity-based policy allows the kms:Decrypt action',
    ],
  ])('%o', (decision, tail) => {
    expect(accessDeniedMessage(ALICE, 'kms:Decrypt', KEY, decision)).toBe(`${head} ${tail}`)
  })
})
