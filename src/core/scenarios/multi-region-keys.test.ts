import { describe, expect, it } from 'vitest'
import { multiRegionKeysScenario } from './multi-region-keys.ts'
import { createScenarioAccount, TEST_OTHER_REGION } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the multi-region-keys scenario', () => {
  it('refuses to replicate a single-Region key, replicates a primary, decrypts across Regions and leaves the primary PendingReplicaDeletion', async () => {
    const account = createScenarioAccount()
    const { steps } = await runToEnd(account, multiRegionKeysScenario)
    const expected = steps.map((s) => s.calls.filter((c) => c.expected).map((c) => c.error?.name))
    expect(expected).toEqual([
      ['UnsupportedOperationException'],
      [],
      [],
      [],
      [],
      ['KMSInvalidStateException'],
    ])
    const mrkId = steps[1]?.notes.mrkId ?? ''
    expect(mrkId).toMatch(/^mrk-[0-9a-f]{32}$/)
    // The decrypt of step 4 went to the other Region, and said so.
    expect(steps[3]?.calls[1]).toMatchObject({ operation: 'Decrypt', region: TEST_OTHER_REGION })
    expect(steps[3]?.facts[0]).toContain('“encrypted in one Region”')
    expect(steps[4]?.facts).toEqual([
      `In us-east-1: MultiRegionKeyType PRIMARY, primary in us-east-1, replicas in ${TEST_OTHER_REGION}; KeyState Enabled.`,
      `In ${TEST_OTHER_REGION}: MultiRegionKeyType REPLICA, primary in us-east-1, replicas in ${TEST_OTHER_REGION}; KeyState Enabled.`,
    ])
    expect(steps[5]?.facts[0]).toBe(
      'ScheduleKeyDeletion: KeyState PendingReplicaDeletion, no DeletionDate yet.',
    )
    // The account afterwards: the primary waits, the replica is still there and Enabled.
    const primary = await account.kms.call('DescribeKey', { KeyId: mrkId })
    expect(primary.KeyMetadata.KeyState).toBe('PendingReplicaDeletion')
    const replica = await account.otherRegion?.call('DescribeKey', { KeyId: mrkId })
    expect(replica?.KeyMetadata.KeyState).toBe('Enabled')
  })

  it('says the single-Region key stays so: its ReplicateKey error as AWS words it', async () => {
    const { setup, steps } = await runToEnd(createScenarioAccount(), multiRegionKeysScenario)
    const arn = setup.notes.keyArn ?? ''
    expect(steps[0]?.facts.slice(0, 2)).toEqual([
      'DescribeKey: MultiRegion false.',
      `UnsupportedOperationException: ${arn} is not a multi-region primary key.`,
    ])
  })

  it('fails its replica steps with a reason on an account of one Region', async () => {
    const account = { ...createScenarioAccount(), otherRegion: undefined }
    const { setup } = await runToEnd(account, multiRegionKeysScenario)
    expect(setup.failure?.message).toBe(
      'This sandbox account has one Region only: a replica needs a second one.',
    )
  })
})
