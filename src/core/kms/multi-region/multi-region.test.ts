import { describe, expect, it } from 'vitest'
import { KEY_ID_PATTERN, newMultiRegionKeyId } from '../ids.ts'
import { createKms, type Kms } from '../index.ts'
import { seededRandom, T0 } from '../testing/test-kms.ts'

function twoRegions(): { east: Kms; west: Kms; clock: { now: number } } {
  const clock = { now: T0 }
  const now = () => clock.now
  const east = createKms({ region: 'us-east-1', now, random: seededRandom(1) })
  const west = createKms({ region: 'eu-west-1', sameAccountAs: east, now, random: seededRandom(2) })
  return { east, west, clock }
}

const allow = (actions: string[], condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: actions,
        Resource: '*',
        ...(condition && { Condition: condition }),
      },
    ],
  })

describe('multi-Region key ids', () => {
  it('are mrk- and 32 hex digits, 36 characters like a UUID', () => {
    const id = newMultiRegionKeyId((n) => new Uint8Array(n).fill(0xab))
    expect(id).toBe(`mrk-${'ab'.repeat(16)}`)
    expect(id).toHaveLength(36)
    expect(KEY_ID_PATTERN.test(id)).toBe(true)
    expect(KEY_ID_PATTERN.test('mrk-fake-key-id')).toBe(false)
  })

  it("answers a malformed mrk- id as AWS does: Invalid keyId 'mrk-fake-key-id'", async () => {
    const kms = createKms({ now: () => T0 })
    await expect(kms.call('DescribeKey', { KeyId: 'mrk-fake-key-id' })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: "Invalid keyId 'mrk-fake-key-id'",
    })
  })
})

describe('joining Regions of one account', () => {
  it('takes the account of the simulator it joins, and refuses a Region joined twice or another account', () => {
    const { east } = twoRegions()
    const third = createKms({ region: 'ap-southeast-1', sameAccountAs: east })
    expect(third.accountId).toBe(east.accountId)
    expect(() => createKms({ region: 'eu-west-1', sameAccountAs: east })).toThrow(/already joined/)
    expect(() =>
      createKms({ region: 'sa-east-1', accountId: '444455556666', sameAccountAs: east }),
    ).toThrow(/account/)
  })

  it('shares IAM: a user made in one Region calls in another', async () => {
    const { east, west } = twoRegions()
    const bob = await east.iam.createUser('bob')
    await east.iam.putPrincipalPolicy(bob.arn, 'kms', allow(['kms:CreateKey']))
    const { KeyMetadata } = await west.call('CreateKey', {}, bob.arn)
    expect(KeyMetadata.Arn).toContain(':eu-west-1:')
  })

  it('keeps keys per Region: a key of one Region is not found in another', async () => {
    const { east, west } = twoRegions()
    const { KeyMetadata } = await east.call('CreateKey', {})
    await expect(west.call('DescribeKey', { KeyId: KeyMetadata.KeyId })).rejects.toMatchObject({
      name: 'NotFoundException',
    })
    expect((await west.call('ListKeys', {})).Keys).toEqual([])
  })
})

describe('ReplicateKey authorization', () => {
  it('needs kms:ReplicateKey on the primary and kms:CreateKey in the replica Region', async () => {
    const { east } = twoRegions()
    const { KeyMetadata } = await east.call('CreateKey', { MultiRegion: true })
    const bob = await east.iam.createUser('bob')
    await east.iam.putPrincipalPolicy(bob.arn, 'kms', allow(['kms:ReplicateKey']))
    const replicate = () =>
      east.call('ReplicateKey', { KeyId: KeyMetadata.KeyId, ReplicaRegion: 'eu-west-1' }, bob.arn)
    await expect(replicate()).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('kms:CreateKey') as unknown,
    })
    await east.iam.putPrincipalPolicy(bob.arn, 'kms', allow(['kms:ReplicateKey', 'kms:CreateKey']))
    const { ReplicaKeyMetadata } = await replicate()
    expect(ReplicaKeyMetadata.KeyState).toBe('Creating')
  })

  it('sets kms:ReplicaRegion, which a policy can pin', async () => {
    const { east } = twoRegions()
    createKms({ region: 'ap-southeast-1', sameAccountAs: east, now: () => T0 })
    const { KeyMetadata } = await east.call('CreateKey', { MultiRegion: true })
    const bob = await east.iam.createUser('bob')
    await east.iam.putPrincipalPolicy(bob.arn, 'create', allow(['kms:CreateKey']))
    await east.iam.putPrincipalPolicy(
      bob.arn,
      'replicate',
      allow(['kms:ReplicateKey'], { StringEquals: { 'kms:ReplicaRegion': 'eu-west-1' } }),
    )
    const to = (ReplicaRegion: string) =>
      east.call('ReplicateKey', { KeyId: KeyMetadata.KeyId, ReplicaRegion }, bob.arn)
    await expect(to('ap-southeast-1')).rejects.toMatchObject({ name: 'AccessDeniedException' })
    await expect(to('eu-west-1')).resolves.toBeDefined()
  })

  it('gives the replica its own key policy, which decides who may use it there', async () => {
    const { east, west, clock } = twoRegions()
    const { KeyMetadata } = await east.call('CreateKey', { MultiRegion: true })
    const bob = await east.iam.createUser('bob')
    await east.iam.putPrincipalPolicy(bob.arn, 'use', allow(['kms:Encrypt']))
    const replicaPolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: east.rootArn },
          Action: 'kms:*',
          Resource: '*',
        },
        { Effect: 'Deny', Principal: { AWS: bob.arn }, Action: 'kms:Encrypt', Resource: '*' },
      ],
    })
    await east.call('ReplicateKey', {
      KeyId: KeyMetadata.KeyId,
      ReplicaRegion: 'eu-west-1',
      Policy: replicaPolicy,
    })
    clock.now += 10_000
    const input = { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array([1]) }
    await expect(east.call('Encrypt', input, bob.arn)).resolves.toBeDefined()
    await expect(west.call('Encrypt', input, bob.arn)).rejects.toMatchObject({
      name: 'AccessDeniedException',
    })
    const policy = await west.call('GetKeyPolicy', { KeyId: KeyMetadata.KeyId })
    expect(policy.Policy).toBe(replicaPolicy)
  })
})
