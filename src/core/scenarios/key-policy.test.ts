import { describe, expect, it } from 'vitest'
import { keyPolicyScenario } from './key-policy.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

const ALICE = 'arn:aws:iam::111122223333:user/alice'

describe('the key-policy scenario', () => {
  it('denies alice, then allows her through IAM, then through the key policy alone', async () => {
    const account = createScenarioAccount()
    const { setup, steps } = await runToEnd(account, keyPolicyScenario)
    expect(setup.facts.join('\n')).toMatch(/Created the IAM user alice/)
    const [read, denied, , encrypt, , decrypt] = steps
    expect(read?.facts).toContain('ListKeyPolicies: default')
    expect(read?.facts).toContain('Statements: 1')
    expect(read?.facts.join('\n')).toMatch(/Enable IAM User Permissions.*kms:\*.*:root/)
    const error = denied?.calls.at(-1)
    expect(error).toMatchObject({ caller: ALICE, expected: true })
    expect(error?.error?.name).toBe('AccessDeniedException')
    expect(error?.error?.why).toBeTruthy()
    expect(denied?.facts.join('\n')).toContain(`Why: ${error?.error?.why ?? ''}`)
    expect(encrypt?.calls.at(-1)?.error).toBeUndefined()
    expect(decrypt?.facts).toContain('Plaintext: “hello from alice”')
    const user = await account.kms.iam.getPrincipal(ALICE)
    expect(Object.keys(user?.policies ?? {})).toEqual(['keydeck-key-policy-encrypt'])
    expect(user?.policies['keydeck-key-policy-encrypt']).not.toContain('Decrypt')
  })

  it('puts the default key policy back and takes alice’s policy away on the next visit', async () => {
    const account = createScenarioAccount()
    await runToEnd(account, keyPolicyScenario)
    const again = await runToEnd(account, keyPolicyScenario)
    expect(again.setup.facts.join('\n')).toMatch(/put the default key policy back/)
    expect(again.setup.facts.join('\n')).toMatch(/Removed the identity policy/)
    expect(again.steps[1]?.calls.at(-1)?.error?.name).toBe('AccessDeniedException')
    expect(again.steps[0]?.facts).toContain('Statements: 1')
  })
})
