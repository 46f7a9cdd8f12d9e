import { useCallback, useEffect, useRef } from 'react'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { Callout } from '@/components/ui/callout.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { PRESENTER_TYPE } from '@/components/ui/presenter-frame.tsx'
import { Stepper } from '@/components/ui/stepper.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { isSandboxScenario } from '@/core/deck/index.ts'
import { classroomPaths } from '@/routes/classroom-paths.ts'
import type { Scenario } from '@/core/scenarios/index.ts'
import {
  canGoNext,
  errorViewOf,
  goBack,
  goNext,
  goToStep,
  openScenario,
  restartScenario,
  runCurrentStep,
  stepDone,
  useScenarioStore,
} from '@/stores/sandbox-scenario.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'
import { ScenarioCalls } from './scenario-calls.tsx'
import { ScenarioEnd } from './scenario-end.tsx'
import { ScenarioOutcome } from './scenario-outcome.tsx'
import { StepNav } from './step-nav.tsx'
import { useStepKeys } from './use-step-keys.ts'

/**
 * A guided scenario (issue 11, item 10): it sets up what it needs when it opens, then shows one
 * step at a time, a sentence and a button that makes the real call on the learner's account;
 * Next and Back (→ and ←) walk the steps, and the end links to the cards it shows. `presenting`
 * (issue 14, presenter mode): room-sized type, what was set up only before the first step, and
 * the presenter frame's keys, Back/Next and progress instead of its own.
 */
export function ScenarioGuide({
  name,
  scenario,
  presenting = false,
}: {
  name: string
  scenario: Scenario
  presenting?: boolean
}) {
  const view = useScenarioStore()
  useEffect(() => {
    void openScenario(name)
  }, [name])
  useStepKeys(goNext, goBack, !presenting)
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const nextButton = useRef<HTMLButtonElement>(null)
  const shownAt = useRef(view.at)

  // A new step takes the focus to its heading, so a screen reader reads where the learner is.
  useEffect(() => {
    if (shownAt.current !== view.at) stepHeading.current?.focus()
    shownAt.current = view.at
  }, [view.at])

  const ready = view.name === name && view.phase === 'ready'
  const step = scenario.steps[view.at]
  const outcome = view.outcomes[view.at]
  const done = stepDone(outcome)

  const run = useCallback(async () => {
    await runCurrentStep()
    const after = useScenarioStore.getState()
    // The step's button is spent: the focus goes on to Next (the button would drop it).
    if (stepDone(after.outcomes[after.at])) nextButton.current?.focus()
  }, [])

  return (
    <Panel
      title={`Guided scenario: ${scenario.title}`}
      className={`space-y-4 ${presenting ? PRESENTER_TYPE.answer : ''}`}
    >
      <p>{scenario.summary}</p>
      {!presenting && isSandboxScenario(name) && (
        <p>
          <TextLink href={classroomPaths.present.sandbox(name)}>Present</TextLink> this scenario to
          a room, one step per screen.
        </p>
      )}
      {view.name !== name || view.phase === 'setting-up' ? (
        <p role="status">Setting up your account for this scenario…</p>
      ) : view.setup?.failure !== undefined ? (
        <>
          <SandboxErrorAlert error={errorViewOf(view.setup.failure, view.setup.calls.at(-1))} />
          <Button onClick={() => void restartScenario()}>Set up again</Button>
        </>
      ) : (
        view.setup !== undefined &&
        (!presenting || view.at === 0) && (
          <Callout
            title="Set up for you"
            headingLevel={3}
            className={presenting ? PRESENTER_TYPE.noteOnPiece : ''}
          >
            {view.setup.facts.length === 0 ? (
              <p>Nothing to prepare: the scenario starts from your account as it is.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-6 break-words">
                {view.setup.facts.map((fact, i) => (
                  <li key={i}>{fact}</li>
                ))}
              </ul>
            )}
            <ScenarioCalls calls={view.setup.calls} label="Setup calls" />
          </Callout>
        )
      )}
      {ready && view.setup?.failure === undefined && (
        <>
          {!presenting && (
            <Stepper
              label="Steps of the scenario"
              steps={[
                ...scenario.steps.map((s, i) => ({ id: String(i), label: s.title })),
                { id: 'end', label: 'Cards' },
              ]}
              current={view.at}
              onSelect={goToStep}
            />
          )}
          {step === undefined ? (
            <ScenarioEnd
              scenario={name}
              title={scenario.title}
              onRestart={() => void restartScenario()}
            />
          ) : (
            <section aria-labelledby="scenario-step-heading" className="space-y-3">
              <h3
                id="scenario-step-heading"
                ref={stepHeading}
                tabIndex={-1}
                className={`outline-none ${presenting ? PRESENTER_TYPE.question : 'text-lg font-semibold'}`}
              >
                Step {view.at + 1} of {scenario.steps.length}: {step.title}
              </h3>
              <p>{step.explain}</p>
              <Button
                variant={done ? 'secondary' : 'primary'}
                busy={view.running}
                disabled={done || view.running}
                onClick={() => void run()}
              >
                {done ? `Done: ${step.action}` : step.action}
              </Button>
              <div aria-live="polite">
                {outcome !== undefined && (
                  <ScenarioOutcome outcome={outcome} label="Request and response" />
                )}
              </div>
            </section>
          )}
          {!presenting && (
            <StepNav
              onBack={goBack}
              onNext={goNext}
              backDisabled={view.at === 0 || view.running}
              nextDisabled={!canGoNext(view)}
              done={done}
              nextRef={nextButton}
            />
          )}
          {outcome?.failure !== undefined && (
            <Alert tone="warning">
              <p>
                This step stopped on an error, so Next waits. Fix what the explanation says and
                press the step’s button again, or run the scenario again from its setup.
              </p>
              <Button className="mt-2" onClick={() => void restartScenario()}>
                Run the scenario again
              </Button>
            </Alert>
          )}
        </>
      )}
    </Panel>
  )
}
