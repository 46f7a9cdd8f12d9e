import { describe, expect, it } from 'vitest'
import { aliasesScenario, APP_ALIAS } from './aliases.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

describe('the aliases scenario', () => {
  it('encrypts under blue, then green through the same alias, and blue still decrypts', async () => {
    const account = createScenarioAccount()
    const { setup, steps } = await runToEnd(account, aliasesScenario)
    const { blueArn, greenArn } = setup.notes
    const facts = steps.map((s) => s.facts)
    expect(facts[1]).toContain(`KeyId: ${blueArn} (the blue key)`)
    expect(facts[2]).toContain(`KeyId: ${greenArn} (the green key)`)
    expect(facts[3]).toContain('Plaintext: “sealed under blue”')
    expect(facts[3]).toContain(`KeyId: ${blueArn} (the blue key)`)
    expect(facts[4]).toContain(`ListAliases: alias/keydeck/aliases-green, ${APP_ALIAS}`)
    expect(facts[5]?.join('\n')).toMatch(/GetKeyRotationStatus: NotFoundException/)
    expect(facts[6]).toEqual([
      'The blue key: KeyState Enabled',
      'The green key: KeyState Enabled',
      `DescribeKey ${APP_ALIAS}: NotFoundException`,
    ])
  })

  it('leaves both keys and no app alias, and reuses the keys on the next visit', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, aliasesScenario)
    const { Aliases } = await account.kms.call('ListAliases', {})
    expect(Aliases.map((a) => a.AliasName)).not.toContain(APP_ALIAS)
    const again = await runToEnd(account, aliasesScenario)
    expect(again.setup.notes.blueId).toBe(first.setup.notes.blueId)
    expect(again.setup.notes.greenId).toBe(first.setup.notes.greenId)
  })

  it('deletes the app alias an unfinished visit left, so the first step can create it', async () => {
    const account = createScenarioAccount()
    const first = await runToEnd(account, aliasesScenario)
    await account.kms.call('CreateAlias', {
      AliasName: APP_ALIAS,
      TargetKeyId: first.setup.notes.greenId ?? '',
    })
    const again = await runToEnd(account, aliasesScenario)
    expect(again.setup.facts.join('\n')).toMatch(/Deleted alias\/keydeck\/app-key/)
    expect(again.steps[0]?.failure).toBeUndefined()
    expect(again.steps[1]?.facts[0]).toContain('(the blue key)')
  })
})
