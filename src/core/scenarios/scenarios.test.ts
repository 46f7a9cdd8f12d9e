import { describe, expect, it } from 'vitest'
import { GUIDED_SCENARIOS } from './index.ts'
import type { Scenario } from './scenario.ts'
import { createScenarioAccount } from './testing/scenario-account.ts'
import { runToEnd } from './testing/run-to-end.ts'

const all: [string, Scenario][] = Object.entries(GUIDED_SCENARIOS)

describe.each(all)('the %s scenario', (_name, scenario) => {
  it('runs from its setup to its end on a new account', async () => {
    const { setup, steps } = await runToEnd(createScenarioAccount(), scenario)
    expect(setup.failure).toBeUndefined()
    for (const [i, outcome] of steps.entries()) {
      expect({ step: i + 1, failure: outcome.failure }).toEqual({ step: i + 1, failure: undefined })
      expect(outcome.calls.length).toBeGreaterThan(0)
    }
  })

  it('runs to its end again when opened a second time on the same account', async () => {
    const account = createScenarioAccount()
    await runToEnd(account, scenario)
    const again = await runToEnd(account, scenario)
    expect(again.setup.failure).toBeUndefined()
    expect(again.steps.map((s) => s.failure)).toEqual(scenario.steps.map(() => undefined))
  })

  it('never shows or keeps a plaintext data key', async () => {
    const { setup, steps } = await runToEnd(createScenarioAccount(), scenario)
    // Responses only: a request's Plaintext is the learner's text (4,096 bytes in encrypt-limits).
    const responses = [setup, ...steps].flatMap((outcome) => outcome.calls.map((c) => c.response))
    const shown = JSON.stringify(responses)
    expect(shown).not.toMatch(/"(Plaintext|PrivateKeyPlaintext)":"[A-Za-z0-9+/=]{40,}"/)
  })
})
