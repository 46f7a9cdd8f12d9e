import { describe, expect, it } from 'vitest'
import { rotationScenario } from './rotation.ts'
import { runStep } from './run-step.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the rotation scenario', () => {
  it('opens on a key with rotation on and ends with an on-demand and an automatic rotation', async () => {
    const account = createScenarioAccount()
    const { setup, steps } = await runToEnd(account, rotationScenario)
    expect(setup.facts.join('\n')).toMatch(/Turned automatic rotation on/)
    const keyId = setup.notes.keyId ?? ''
    const { Rotations } = await account.kms.call('ListKeyRotations', { KeyId: keyId })
    expect(Rotations.map((r) => r.RotationType)).toEqual(['ON_DEMAND', 'AUTOMATIC'])
    expect(steps[3]?.facts).toContain('Plaintext: “written before the rotation”')
    expect(steps[5]?.facts).toContain('Plaintext: “written before the rotation”')
    expect(steps[2]?.facts).toContain('On-demand rotations left: 24 of 25.')
  })

  it('reuses its key on the next visit, and makes a new one when the learner disabled it', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, rotationScenario)
    const again = await runToEnd(account, rotationScenario)
    expect(again.setup.notes.keyId).toBe(first.setup.notes.keyId)
    await account.kms.call('DisableKey', { KeyId: first.setup.notes.keyId ?? '' })
    const third = await runToEnd(account, rotationScenario)
    expect(third.setup.failure).toBeUndefined()
    expect(third.setup.notes.keyId).not.toBe(first.setup.notes.keyId)
    const { KeyMetadata } = await account.kms.call('DescribeKey', {
      KeyId: 'alias/keydeck/rotation',
    })
    expect(KeyMetadata.KeyId).toBe(third.setup.notes.keyId)
  })

  it('shows a step that cannot run as failed, with the AWS error, and keeps going no further', async () => {
    const account = createScenarioAccount()
    const { setup } = await runToEnd(account, rotationScenario)
    await account.kms.call('DisableKey', { KeyId: setup.notes.keyId ?? '' })
    const rotate = rotationScenario.steps[2]
    if (rotate === undefined) throw new Error('the rotation scenario has a third step')
    const outcome = await runStep(account, setup.notes, (ctx) => rotate.run(ctx))
    expect(outcome.failure?.name).toBe('DisabledException')
    expect(outcome.calls.at(-1)?.error?.name).toBe('DisabledException')
    expect(outcome.calls.at(-1)?.expected).toBeUndefined()
  })
})
