import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, createSimulatedClock } from '@/core/kms/index.ts'
import {
  auditFacets,
  callerName,
  cloudTrailRecord,
  filterAuditEvents,
  NO_AUDIT_FILTER,
  readSandboxAudit,
} from './sandbox-audit.ts'
import { advanceSandboxClock, attachSandboxClock, DAY_MS } from './sandbox-clock.ts'
import { enableKeyRotation } from './sandbox-rotation-actions.ts'
import {
  connectSandboxStore,
  createKey,
  decryptBase64,
  encryptText,
  sendSandboxRequest,
} from './sandbox-store.ts'

const T0 = Date.UTC(2026, 11, 6, 5)

beforeEach(async () => {
  const clock = createSimulatedClock(() => T0)
  attachSandboxClock(clock, () => Promise.resolve())
  await connectSandboxStore(createKms({ now: clock.now }))
})

async function trail() {
  const read = await readSandboxAudit()
  if (!read.ok) throw new Error(read.error.message)
  return read.value
}

describe('sandbox audit trail', () => {
  it('has one event per call, filterable by key, operation, caller and outcome, with no plaintext', async () => {
    const key = await createKey({
      description: 'k',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
    })
    if (!key.ok) throw new Error('no key')
    const blob = await encryptText(key.value.KeyId, 'top secret words', { app: 'a' })
    if (!blob.ok) throw new Error('no blob')
    await decryptBase64(blob.value, { app: 'wrong' })
    const { events } = await trail()
    const arn = key.value.Arn

    const encrypts = filterAuditEvents(events, { ...NO_AUDIT_FILTER, operation: 'Encrypt' })
    expect(encrypts).toHaveLength(1)
    expect(encrypts[0]?.keyArns).toEqual([arn])
    const failed = filterAuditEvents(events, { ...NO_AUDIT_FILTER, outcome: 'error' })
    expect(failed.map((e) => [e.eventName, e.errorCode])).toEqual([
      ['Decrypt', 'InvalidCiphertextException'],
    ])
    expect(
      filterAuditEvents(events, { ...NO_AUDIT_FILTER, outcome: 'InvalidCiphertextException' }),
    ).toEqual(failed)
    expect(filterAuditEvents(events, { ...NO_AUDIT_FILTER, outcome: 'ok' })).not.toContainEqual(
      failed[0],
    )
    expect(filterAuditEvents(events, { ...NO_AUDIT_FILTER, keyArn: arn }).length).toBeGreaterThan(1)
    expect(filterAuditEvents(events, { ...NO_AUDIT_FILTER, caller: 'kms.amazonaws.com' })).toEqual(
      [],
    )
    const facets = auditFacets(events)
    expect(facets.keyArns).toEqual([arn])
    expect(facets.operations).toContain('CreateKey')
    expect(facets.errors).toEqual(['InvalidCiphertextException'])
    expect(JSON.stringify(events)).not.toContain('top secret words')
    expect(JSON.stringify(events)).not.toContain(btoa('top secret words'))
  })

  it('shows an automatic rotation at its simulated time, as a CloudTrail service event', async () => {
    const key = await createKey({
      description: '',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
    })
    if (!key.ok) throw new Error('no key')
    await enableKeyRotation(key.value.KeyId, 90)
    await advanceSandboxClock(365 * DAY_MS)
    const { events, region, accountId } = await trail()
    const rotations = filterAuditEvents(events, { ...NO_AUDIT_FILTER, operation: 'RotateKey' })
    expect(rotations.map((e) => e.eventTime)).toEqual(
      [360, 270, 180, 90].map((days) => T0 + days * DAY_MS),
    )
    const record = cloudTrailRecord(rotations[3]!, region, accountId)
    expect(record).toMatchObject({
      userIdentity: { accountId: '111122223333', invokedBy: 'kms.amazonaws.com' },
      eventTime: new Date(T0 + 90 * DAY_MS).toISOString().replace('.000Z', 'Z'),
      eventSource: 'kms.amazonaws.com',
      eventName: 'RotateKey',
      awsRegion: 'us-east-1',
      eventType: 'AwsServiceEvent',
      resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: key.value.Arn }],
    })
    const created = filterAuditEvents(events, { ...NO_AUDIT_FILTER, operation: 'CreateKey' })[0]!
    expect(cloudTrailRecord(created, region, accountId)).toMatchObject({
      userIdentity: { type: 'Root', arn: 'arn:aws:iam::111122223333:root' },
      eventType: 'AwsApiCall',
      responseElements: {
        keyMetadata: expect.objectContaining({ aWSAccountId: '111122223333' }) as unknown,
      },
    })
  })

  it('names callers briefly', () => {
    expect(callerName('arn:aws:iam::111122223333:root')).toBe('root')
    expect(callerName('arn:aws:iam::111122223333:user/alice')).toBe('user/alice')
    expect(callerName('kms.amazonaws.com')).toBe('kms.amazonaws.com')
  })

  it('keeps a trail per Region, as CloudTrail does: a replica and its calls are in its own Region', async () => {
    const clock = createSimulatedClock(() => T0)
    const home = createKms({ now: clock.now })
    await connectSandboxStore(
      home,
      createKms({ region: 'eu-west-1', sameAccountAs: home, now: clock.now }),
    )
    const created = await sendSandboxRequest('CreateKey', JSON.stringify({ MultiRegion: true }))
    const keyId = (JSON.parse(created.body) as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId
    const replicated = await sendSandboxRequest(
      'ReplicateKey',
      JSON.stringify({ KeyId: keyId, ReplicaRegion: 'eu-west-1' }),
    )
    expect(replicated.status).toBe(200)
    await sendSandboxRequest('DescribeKey', JSON.stringify({ KeyId: keyId }), true)

    const homeTrail = await trail()
    expect(homeTrail.region).toBe('us-east-1')
    expect(homeTrail.regions).toEqual(['us-east-1', 'eu-west-1'])
    expect(homeTrail.events.map((e) => e.eventName)).toContain('ReplicateKey')
    const read = await readSandboxAudit('eu-west-1')
    if (!read.ok) throw new Error(read.error.message)
    const replicaArn = `arn:aws:kms:eu-west-1:${read.value.accountId}:key/${keyId}`
    expect(read.value.region).toBe('eu-west-1')
    expect(read.value.regions).toEqual(['us-east-1', 'eu-west-1'])
    const describe = filterAuditEvents(read.value.events, {
      ...NO_AUDIT_FILTER,
      operation: 'DescribeKey',
    })
    // The console's own reads after each success are DescribeKey calls too, in the same Region.
    expect(describe.length).toBeGreaterThan(0)
    expect(new Set(describe.flatMap((e) => e.keyArns))).toEqual(new Set([replicaArn]))
    const homeDescribes = filterAuditEvents(homeTrail.events, {
      ...NO_AUDIT_FILTER,
      operation: 'DescribeKey',
    })
    expect(homeDescribes.flatMap((e) => e.keyArns)).not.toContain(replicaArn)
  })
})
