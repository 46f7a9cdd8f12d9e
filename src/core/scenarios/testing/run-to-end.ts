import { runStep, type StepOutcome } from '../run-step.ts'
import type { Scenario, ScenarioAccount } from '../scenario.ts'

/** Opens a scenario and runs each step in order, as the learner pressing every button would. */
export async function runToEnd(
  account: ScenarioAccount,
  scenario: Scenario,
): Promise<{ setup: StepOutcome; steps: StepOutcome[] }> {
  const setup = await runStep(account, {}, (ctx) => scenario.setup(ctx))
  let notes = setup.notes
  const steps: StepOutcome[] = []
  for (const step of scenario.steps) {
    const outcome = await runStep(account, notes, (ctx) => step.run(ctx))
    steps.push(outcome)
    notes = outcome.notes
  }
  return { setup, steps }
}
