/**
 * The guided scenario on screen (issue 11, item 10): which one, the setup it ran when it opened,
 * the step shown and what each step did. A thin adapter: the scenarios and their calls are in
 * src/core/scenarios; this runs them on the connected account, one at a time, and reads the keys
 * again after each so the console around the scenario shows what it did.
 */
import { create } from 'zustand'
import { OPERATION_NAMES, type OperationName } from '@/core/kms/index.ts'
import {
  guidedScenario,
  runStep,
  type RecordedCall,
  type RecordedError,
  type Scenario,
  type ScenarioAccount,
  type StepOutcome,
} from '@/core/scenarios/index.ts'
import { advanceSandboxClock, sandboxNow } from './sandbox-clock.ts'
import { explainAwsError } from './sandbox-error-explanation.ts'
import { connected, connectedOtherRegion, refreshKeys, type AwsErrorView } from './sandbox-store.ts'

const isOperationName = (name: string): name is OperationName =>
  (OPERATION_NAMES as readonly string[]).includes(name)

export interface ScenarioView {
  /** The scenario's name (`rotation`), or undefined when none is open. */
  readonly name: string | undefined
  /** `setting-up`: the setup is running; `ready`: the steps may run. */
  readonly phase: 'closed' | 'setting-up' | 'ready'
  /** What the setup did (or why it failed). */
  readonly setup: StepOutcome | undefined
  /** The step shown: 0 … steps.length − 1, or steps.length for the end. */
  readonly at: number
  /** What each step did, by index; undefined until it ran. */
  readonly outcomes: readonly (StepOutcome | undefined)[]
  /** A step (or the setup) is running: its button waits. */
  readonly running: boolean
}

const CLOSED: ScenarioView = {
  name: undefined,
  phase: 'closed',
  setup: undefined,
  at: 0,
  outcomes: [],
  running: false,
}

export const useScenarioStore = create<ScenarioView>()(() => CLOSED)

function account(): ScenarioAccount {
  const otherRegion = connectedOtherRegion()
  return {
    kms: connected(),
    ...(otherRegion !== undefined && { otherRegion }),
    now: sandboxNow,
    async advanceClock(ms) {
      const moved = await advanceSandboxClock(ms)
      if (!moved.ok) throw new Error(`${moved.error.name}: ${moved.error.message}`)
    },
  }
}

const scenarioOf = (name: string | undefined): Scenario | undefined =>
  name === undefined ? undefined : guidedScenario(name)

/** A step has done its part when it ran to its end (an expected error included). */
export const stepDone = (outcome: StepOutcome | undefined): boolean =>
  outcome !== undefined && outcome.failure === undefined

/**
 * Opens a scenario: runs its setup on the account, so it starts with what it needs, and shows
 * its first step. Opening the scenario already open (a re-render, Back to it) does nothing.
 */
export async function openScenario(name: string): Promise<void> {
  const scenario = guidedScenario(name)
  const current = useScenarioStore.getState()
  if (scenario === undefined || (current.name === name && current.phase !== 'closed')) return
  useScenarioStore.setState({ ...CLOSED, name, phase: 'setting-up', running: true })
  const setup = await runStep(account(), {}, (ctx) => scenario.setup(ctx))
  await refreshKeys().catch(() => undefined)
  // The learner may have left for another scenario meanwhile.
  if (useScenarioStore.getState().name !== name) return
  useScenarioStore.setState({ setup, phase: 'ready', running: false })
}

/** Starts the open scenario again from its setup (the account keeps what the steps made). */
export function restartScenario(): Promise<void> {
  const { name } = useScenarioStore.getState()
  useScenarioStore.setState(CLOSED)
  return name === undefined ? Promise.resolve() : openScenario(name)
}

export function closeScenario(): void {
  useScenarioStore.setState(CLOSED)
}

/** The notes the step at `index` starts with: the setup's, then each earlier step's. */
function notesBefore(state: ScenarioView, index: number) {
  for (let i = index - 1; i >= 0; i--) {
    const outcome = state.outcomes[i]
    if (outcome !== undefined) return outcome.notes
  }
  return state.setup?.notes ?? {}
}

/** Runs the step shown; a step runs again only after a failure. */
export async function runCurrentStep(): Promise<void> {
  const state = useScenarioStore.getState()
  const step = scenarioOf(state.name)?.steps[state.at]
  if (step === undefined || state.phase !== 'ready' || state.running) return
  if (stepDone(state.outcomes[state.at])) return
  const { name, at } = state
  useScenarioStore.setState({ running: true })
  const outcome = await runStep(account(), notesBefore(state, at), (ctx) => step.run(ctx))
  await refreshKeys().catch(() => undefined)
  if (useScenarioStore.getState().name !== name) return
  const outcomes = [...useScenarioStore.getState().outcomes]
  outcomes[at] = outcome
  useScenarioStore.setState({ outcomes, running: false })
}

/** Whether Next may leave the step shown: it ran to its end. */
export function canGoNext(state: ScenarioView): boolean {
  const steps = scenarioOf(state.name)?.steps.length ?? 0
  return state.phase === 'ready' && state.at < steps && stepDone(state.outcomes[state.at])
}

export function goNext(): void {
  const state = useScenarioStore.getState()
  if (canGoNext(state)) useScenarioStore.setState({ at: state.at + 1 })
}

export function goBack(): void {
  const state = useScenarioStore.getState()
  if (state.at > 0 && !state.running) useScenarioStore.setState({ at: state.at - 1 })
}

/** Returns to a step already reached (the Stepper's steps done). */
export function goToStep(index: number): void {
  const state = useScenarioStore.getState()
  if (index >= 0 && index < state.at && !state.running) useScenarioStore.setState({ at: index })
}

/**
 * A recorded error as the sandbox shows every AWS error: name and message as AWS gave them, and
 * why it happened here with what would fix it (sandbox-error-explanation.ts).
 */
export function errorViewOf(error: RecordedError, call?: RecordedCall): AwsErrorView {
  const root = call === undefined || call.caller.endsWith(':root')
  const explanation = explainAwsError(
    {
      name: error.name,
      message: error.message,
      ...(error.why !== undefined && { decision: error.why }),
      ...(error.decision !== undefined && { accessDecision: error.decision }),
      ...(!root && { caller: call.caller }),
    },
    call?.service === 'kms' && isOperationName(call.operation) ? call.operation : undefined,
  )
  return {
    name: error.name,
    message: error.message,
    ...(explanation !== undefined && { explanation }),
  }
}
