import type { CardId } from '@/core/deck/index.ts'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import { PRESENTER_TYPE } from '@/components/ui/presenter-frame.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import {
  envelopeBack,
  envelopeNext,
  envelopeStepDone,
  ENVELOPE_STEPS,
  resetEnvelopeWalkthrough,
  setEnvelopeKey,
  useEnvelopeWalkthrough,
} from '@/stores/sandbox-envelope.ts'
import { resetEnvelopeVariants } from '@/stores/sandbox-envelope-variants.ts'
import { SandboxErrorAlert } from '../sandbox-error-alert.tsx'
import { StepNav } from '../step-nav.tsx'
import { chosenEncryptionKey, useEncryptionKeys } from '../symmetric-key-select.tsx'
import { useStepKeys } from '../use-step-keys.ts'
import { ENVELOPE_ACTIONS as ACTIONS } from './envelope-actions.ts'
import { EnvelopeDiagram } from './envelope-diagram.tsx'
import { EnvelopeStepBody } from './envelope-step-body.tsx'
import { STEP_TEXTS } from './envelope-texts.ts'
import { EnvelopeVariants } from './envelope-variants.tsx'

// Presenter mode: the bytes of each response read from the room too (the ByteFields' own size
// is for a laptop).
// Sized by presenter-frame.css, which loads with presenter mode.
const PRESENTING_BYTES = 'presenter-bytes'

function startOver() {
  resetEnvelopeWalkthrough()
  resetEnvelopeVariants()
}

/**
 * The walkthrough (issue 12, item 1): the diagram beside one step at a time, each step a sentence,
 * the real call and the bytes it returned; Next and Back (→ and ←) walk the steps. `presenting`
 * (issue 14, presenter mode): room-sized type, and the presenter frame's keys and Back/Next
 * instead of its own.
 */
export function EnvelopeWalkthrough({ presenting = false }: { presenting?: boolean }) {
  const view = useEnvelopeWalkthrough()
  const keys = useEncryptionKeys()
  const [keyChoice, setKeyChoice] = useState<string>()
  const chosen = chosenEncryptionKey(keys, keyChoice)
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const nextButton = useRef<HTMLButtonElement>(null)
  const shownAt = useRef(view.at)

  // The key GenerateDataKey will use follows the select until the data key exists.
  useEffect(() => {
    if (view.generated === undefined) setEnvelopeKey(chosen)
  }, [chosen, view.generated])
  // Leaving the page drops every key and result it held (item 3).
  useEffect(() => startOver, [])
  useStepKeys(envelopeNext, envelopeBack, !presenting)
  useEffect(() => {
    if (shownAt.current !== view.at) stepHeading.current?.focus()
    shownAt.current = view.at
  }, [view.at])

  const step = ENVELOPE_STEPS[view.at]!
  const text = STEP_TEXTS[step]
  const action = ACTIONS[step]
  const done = envelopeStepDone(view, view.at)
  const run = useCallback(async () => {
    await ACTIONS[ENVELOPE_STEPS[useEnvelopeWalkthrough.getState().at]!]?.run()
    const after = useEnvelopeWalkthrough.getState()
    if (envelopeStepDone(after, after.at)) nextButton.current?.focus()
  }, [])

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(14rem,1fr)_3fr]">
      <Panel title="The flow">
        <EnvelopeDiagram at={view.at} />
      </Panel>
      <Panel
        title="Walkthrough"
        className={`space-y-4 ${presenting ? `${PRESENTER_TYPE.answer} ${PRESENTING_BYTES}` : 'text-base lg:text-lg 2xl:text-xl'}`}
      >
        <section aria-labelledby="envelope-step-heading" className="space-y-3">
          <h3
            id="envelope-step-heading"
            ref={stepHeading}
            tabIndex={-1}
            className={`outline-none ${presenting ? PRESENTER_TYPE.question : 'text-xl font-semibold lg:text-2xl 2xl:text-3xl'}`}
          >
            Step {view.at + 1} of {ENVELOPE_STEPS.length}: {text.title}
          </h3>
          <p>{text.explain}</p>
          <p>
            <TextLink href={paths.browse.card(text.card as CardId)}>
              The card that teaches it
            </TextLink>
          </p>
          {action !== undefined && (
            <Button
              variant={done ? 'secondary' : 'primary'}
              busy={view.running}
              disabled={done || view.running}
              onClick={() => void run()}
            >
              {done ? `Done: ${action.label}` : action.label}
            </Button>
          )}
          {view.failure !== undefined && <SandboxErrorAlert error={view.failure} />}
          <div aria-live="polite">
            <EnvelopeStepBody
              step={step}
              view={view}
              keyChoice={chosen}
              onKeyChoice={setKeyChoice}
              hasKeys={keys.length > 0}
            />
          </div>
          {step === 'variants' && <EnvelopeVariants />}
        </section>
        {!presenting && (
          <StepNav
            onBack={envelopeBack}
            onNext={envelopeNext}
            backDisabled={view.at === 0 || view.running}
            nextDisabled={!done || view.running || view.at === ENVELOPE_STEPS.length - 1}
            done={done}
            nextRef={nextButton}
          />
        )}
        {view.at > 0 && (
          <Button variant="text" onClick={startOver}>
            Start over
          </Button>
        )}
      </Panel>
    </div>
  )
}
