import { beforeEach, describe, expect, it } from 'vitest'
import { createKms, createSimulatedClock, type Kms } from '@/core/kms/index.ts'
import { attachSandboxClock } from './sandbox-clock.ts'
import {
  canGoNext,
  closeScenario,
  errorViewOf,
  goBack,
  goNext,
  goToStep,
  openScenario,
  runCurrentStep,
  useScenarioStore,
} from './sandbox-scenario.ts'
import { connectSandboxStore, useSandboxStore } from './sandbox-store.ts'

const T0 = Date.UTC(2026, 11, 6, 5)
let kms: Kms

beforeEach(async () => {
  closeScenario()
  const clock = createSimulatedClock(() => T0)
  attachSandboxClock(clock, () => Promise.resolve())
  kms = createKms({ now: clock.now })
  await connectSandboxStore(kms)
})

const state = () => useScenarioStore.getState()

describe('the scenario on screen', () => {
  it('sets the account up when it opens, and the console reads the keys it made', async () => {
    await openScenario('key-states')
    expect(state().phase).toBe('ready')
    expect(state().setup?.facts.join(' ')).toMatch(/alias\/keydeck\/key-states/)
    expect(useSandboxStore.getState().aliases.map((a) => a.AliasName)).toContain(
      'alias/keydeck/key-states',
    )
  })

  it('goes on only from a step that ran, and back to any step reached', async () => {
    await openScenario('key-states')
    expect(canGoNext(state())).toBe(false)
    goNext()
    expect(state().at).toBe(0)
    await runCurrentStep()
    expect(canGoNext(state())).toBe(true)
    goNext()
    expect(state().at).toBe(1)
    // The second step (disable, then a Decrypt that must fail) reads the first one's ciphertext.
    await runCurrentStep()
    expect(state().outcomes[1]?.failure).toBeUndefined()
    expect(state().outcomes[1]?.calls.some((c) => c.expected === true)).toBe(true)
    goBack()
    expect(state().at).toBe(0)
    goToStep(1)
    expect(state().at).toBe(0) // only steps before the one shown
    goNext()
    goToStep(0)
    expect(state().at).toBe(0)
  })

  it('keeps a step that failed as failed, with the AWS error explained, and Next waits', async () => {
    await openScenario('key-states')
    const keyId = state().setup?.notes.keyId ?? ''
    await kms.call('DisableKey', { KeyId: keyId })
    await runCurrentStep()
    const failure = state().outcomes[0]?.failure
    expect(failure?.name).toBe('DisabledException')
    expect(canGoNext(state())).toBe(false)
    if (failure === undefined) throw new Error('the step failed')
    const view = errorViewOf(failure, state().outcomes[0]?.calls.at(-1))
    expect(view.explanation?.why).toMatch(/Disabled/)
  })

  it('opens the scenario already open without setting it up again', async () => {
    await openScenario('rotation')
    const setup = state().setup
    await openScenario('rotation')
    expect(state().setup).toBe(setup)
  })
})
