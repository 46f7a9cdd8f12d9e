import { describe, expect, it } from 'vitest'
import { createKms, createMemoryKmsStore, EC2_RETIRING_PRINCIPAL } from '../kms/index.ts'
import { awsServiceGrantsScenario } from './aws-service-grants.ts'
import { WITHHELD_VALUE } from './run-step.ts'
import { runToEnd } from './testing/run-to-end.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'

const ROOT = 'arn:aws:iam::111122223333:root'
const EC2 = 'ec2.us-east-1.amazonaws.com'

describe('the AWS service grants scenario', () => {
  it('shows EC2 creating, using and retiring a grant, and what a disabled or deleting key stops', async () => {
    const account = createScenarioAccount()
    const { steps } = await runToEnd(account, awsServiceGrantsScenario)
    expect(steps.map((s) => s.failure)).toEqual(steps.map(() => undefined))
    const expected = steps.map((s) => s.calls.filter((c) => c.expected).map((c) => c.error?.name))
    expect(expected).toEqual([
      [],
      [],
      [],
      ['AccessDeniedException'],
      ['AccessDeniedException'],
      [],
      ['DisabledException'],
      ['KMSInvalidStateException'],
    ])
    // Creating: EBS asks for the volume key on the user's behalf, through EC2.
    expect(steps[0]?.calls[0]).toMatchObject({
      operation: 'GenerateDataKeyWithoutPlaintext',
      caller: ROOT,
      viaService: EC2,
      request: { KeyId: 'alias/aws/ebs', NumberOfBytes: 64 },
    })
    expect(steps[0]?.facts).toContain('KeyManager: AWS (the AWS managed key for EBS)')
    // Attaching: the grant through EC2, then the instance's Decrypt, its plaintext withheld.
    const [grant, decrypt] = steps[1]?.calls ?? []
    expect(grant).toMatchObject({ operation: 'CreateGrant', caller: ROOT, viaService: EC2 })
    expect(decrypt).toMatchObject({
      operation: 'Decrypt',
      caller: expect.stringMatching(/:assumed-role\/aws:ec2-infrastructure\/i-[0-9a-f]{17}$/),
      response: { Plaintext: WITHHELD_VALUE },
    })
    expect(decrypt?.viaService).toBeUndefined()
    expect(steps[2]?.facts).toContain('Operations: Decrypt')
    expect(steps[2]?.facts).toContain(`RetiringPrincipal: ${EC2_RETIRING_PRINCIPAL}`)
    expect(steps[2]?.facts).toContain(`CloudTrail: CreateGrant by root, through ${EC2}`)
    // Detaching: EC2 retires the grant.
    expect(steps[4]?.calls[0]).toMatchObject({
      operation: 'RetireGrant',
      caller: EC2_RETIRING_PRINCIPAL,
    })
    expect(steps[4]?.facts.some((f) => f.endsWith(': retired'))).toBe(true)
    // No volume key's plaintext anywhere in what the steps recorded.
    for (const call of steps.flatMap((s) => s.calls)) {
      if (call.operation === 'Decrypt' && call.error === undefined) {
        expect(call.response).toMatchObject({ Plaintext: WITHHELD_VALUE })
      }
    }
  })

  it('a second visit revokes the grants of volumes the first left attached', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, awsServiceGrantsScenario)
    expect(first.setup.facts).toContain(
      'No volume of an earlier visit is attached: no EC2 grant on either key.',
    )
    // The first visit left its own key disabled and its aws/ebs volume detached; attach again
    // on aws/ebs and leave it.
    const volume = JSON.parse(first.steps[0]?.notes.volume ?? '') as { keyArn: string }
    await account.kms.call(
      'CreateGrant',
      {
        KeyId: volume.keyArn,
        GranteePrincipal:
          'arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-0123456789abcdef0',
        Operations: ['Decrypt'],
      },
      undefined,
      { viaService: EC2 },
    )
    const again = await runToEnd(account, awsServiceGrantsScenario)
    expect(again.setup.facts).toContain(
      'Revoked 1 grant(s) EC2 made for volumes an earlier visit left attached.',
    )
    expect(again.setup.facts.some((f) => f.includes('Start over'))).toBe(false)
    expect(again.steps.map((s) => s.failure)).toEqual(again.steps.map(() => undefined))
  })

  it('says so when the account’s aws/ebs key has the policy an earlier KeyDeck wrote', async () => {
    const store = createMemoryKmsStore()
    const kms = createKms({ store, now: () => Date.UTC(2026, 11, 6) })
    const { KeyMetadata: key } = await kms.call('DescribeKey', { KeyId: 'alias/aws/ebs' })
    const record = await store.keys.get(key.KeyId)
    if (record === undefined) throw new Error('aws/ebs is stored')
    await store.keys.put(key.KeyId, {
      ...record,
      policy: record.policy.replaceAll(EC2, 'ebs.us-east-1.amazonaws.com'),
    })
    const account = { ...createScenarioAccount(), kms, otherRegion: undefined }
    const { setup, steps } = await runToEnd(account, awsServiceGrantsScenario)
    expect(setup.facts.some((f) => f.includes('choose “Start over…”'))).toBe(true)
    expect(steps[0]?.failure?.name).toBe('AccessDeniedException')
  })
})
