import { CopyButton } from '@/components/ui/copy-button.tsx'
import { PresenterFrame } from '@/components/ui/presenter-frame.tsx'
import type { SandboxScenario } from '@/core/deck/sandbox-scenarios.ts'
import type { Scenario } from '@/core/scenarios/index.ts'
import { paths } from '@/routes/paths.ts'
import {
  canGoNext,
  goBack,
  goNext,
  goToStep,
  runCurrentStep,
  stepDone,
  useScenarioStore,
} from '@/stores/sandbox-scenario.ts'
import { SandboxAccount } from '../sandbox-account.tsx'
import { ScenarioGuide } from '../scenario-guide.tsx'

/** Forward in presenter mode: the step's call first (the reveal), then on to the next step. */
function forward(steps: number) {
  const state = useScenarioStore.getState()
  if (state.phase !== 'ready' || state.running) return
  if (state.at < steps && !stepDone(state.outcomes[state.at])) void runCurrentStep()
  else goNext()
}

/** End: on through every step already done. */
function last() {
  for (let at = -1; at !== useScenarioStore.getState().at;) {
    at = useScenarioStore.getState().at
    goNext()
  }
}

/** A guided scenario (issue 11) in presenter mode: one step per screen, then its cards. */
export function PresentScenario({ name, scenario }: { name: SandboxScenario; scenario: Scenario }) {
  const view = useScenarioStore()
  const steps = scenario.steps.length
  const ready = view.name === name && view.phase === 'ready'
  const step = scenario.steps[view.at]
  const done = stepDone(view.outcomes[view.at])
  return (
    <PresenterFrame
      title={`Sandbox: ${scenario.title}`}
      exitHref={paths.sandbox.scenario(name)}
      position={ready ? view.at + 1 : undefined}
      total={steps + 1}
      progressLabel="Steps presented"
      onForward={() => forward(steps)}
      onBack={goBack}
      onFirst={() => goToStep(0)}
      onLast={last}
      forwardLabel={step && !done ? step.action : 'Next step'}
      forwardDisabled={!ready || view.running || (done ? !canGoNext(view) : step === undefined)}
      backDisabled={!ready || view.running || view.at === 0}
      actions={
        <CopyButton text={window.location.href} label="Copy the link to this presentation" />
      }
    >
      <SandboxAccount>
        <ScenarioGuide name={name} scenario={scenario} presenting />
      </SandboxAccount>
    </PresenterFrame>
  )
}
