import { describe, expect, it } from 'vitest'
import { grantsScenario } from './grants.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the grants scenario', () => {
  it('denies bob, lets him encrypt through a constrained grant, and denies him again once it is retired', async () => {
    const account = createScenarioAccount()
    const { setup, steps } = await runToEnd(account, grantsScenario)
    const expected = steps.map((s) => s.calls.filter((c) => c.expected).map((c) => c.error?.name))
    expect(expected).toEqual([
      ['AccessDeniedException'],
      [],
      [],
      ['AccessDeniedException'],
      [],
      [],
      ['AccessDeniedException'],
    ])
    expect(steps[2]?.calls[0]).toMatchObject({ operation: 'Encrypt', caller: setup.notes.bobArn })
    expect(steps[5]?.facts).toContain('Grants left for bob: 0')
    // No policy was edited along the way: the key keeps its default policy, bob has none.
    const bob = await account.kms.iam.getPrincipal(setup.notes.bobArn ?? '')
    expect(bob?.policies).toEqual({})
  })

  it('starts a second visit without the first visit’s grant', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, grantsScenario)
    // The learner left the scenario before retiring the grant.
    const keyId = first.setup.notes.keyId ?? ''
    await account.kms.call('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: first.setup.notes.bobArn ?? '',
      Operations: ['Encrypt'],
    })
    const again = await runToEnd(account, grantsScenario)
    expect(again.setup.facts).toContain('Revoked 1 grant(s) an earlier visit gave bob.')
    expect(again.steps[0]?.failure).toBeUndefined()
  })
})
