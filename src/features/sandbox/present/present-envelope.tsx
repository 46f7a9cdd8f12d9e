import { CopyButton } from '@/components/ui/copy-button.tsx'
import { PresenterFrame } from '@/components/ui/presenter-frame.tsx'
import { paths } from '@/routes/paths.ts'
import {
  envelopeBack,
  envelopeNext,
  envelopeStepDone,
  ENVELOPE_STEPS,
  useEnvelopeWalkthrough,
} from '@/stores/sandbox-envelope.ts'
import { ENVELOPE_ACTIONS } from '../envelope/envelope-actions.ts'
import { EnvelopeWalkthrough } from '../envelope/envelope-walkthrough.tsx'
import { SandboxAccount } from '../sandbox-account.tsx'

/** Forward in presenter mode: the step's call first (the reveal), then on to the next step. */
function forward() {
  const state = useEnvelopeWalkthrough.getState()
  if (state.running) return
  const action = ENVELOPE_ACTIONS[ENVELOPE_STEPS[state.at]!]
  if (action && !envelopeStepDone(state, state.at)) void action.run()
  else envelopeNext()
}

/** Home and End: back to the first step, or on through every step already done. */
function first() {
  for (let at = -1; at !== useEnvelopeWalkthrough.getState().at;) {
    at = useEnvelopeWalkthrough.getState().at
    envelopeBack()
  }
}
function last() {
  for (let at = -1; at !== useEnvelopeWalkthrough.getState().at;) {
    at = useEnvelopeWalkthrough.getState().at
    envelopeNext()
  }
}

/** The envelope walkthrough (issue 12) in presenter mode, one step per screen. */
export function PresentEnvelope({ title }: { title: string }) {
  const view = useEnvelopeWalkthrough()
  const action = ENVELOPE_ACTIONS[ENVELOPE_STEPS[view.at]!]
  const done = envelopeStepDone(view, view.at)
  const end = view.at === ENVELOPE_STEPS.length - 1
  return (
    <PresenterFrame
      title={title}
      exitHref={paths.sandbox.envelope()}
      position={view.at + 1}
      total={ENVELOPE_STEPS.length}
      progressLabel="Steps presented"
      onForward={forward}
      onBack={envelopeBack}
      onFirst={first}
      onLast={last}
      forwardLabel={action && !done ? action.label : 'Next step'}
      forwardDisabled={view.running || (end && done) || (!done && action === undefined)}
      backDisabled={view.running || view.at === 0}
      actions={
        <CopyButton text={window.location.href} label="Copy the link to this presentation" />
      }
    >
      <SandboxAccount>
        <EnvelopeWalkthrough presenting />
      </SandboxAccount>
    </PresenterFrame>
  )
}
