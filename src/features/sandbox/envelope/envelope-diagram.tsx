import { FlowDiagram, type FlowLane } from '@/components/ui/flow-diagram.tsx'
import { ENVELOPE_STEPS } from '@/stores/sandbox-envelope.ts'
import { STEP_TEXTS, type StepText } from './envelope-texts.ts'

const LANES: Readonly<Record<StepText['where'], FlowLane>> = {
  You: 'neutral',
  KMS: 'service',
  Browser: 'local',
}

const BOXES = ENVELOPE_STEPS.map((step) => ({
  id: step,
  label: STEP_TEXTS[step].title,
  lane: LANES[STEP_TEXTS[step].where],
  laneLabel: STEP_TEXTS[step].where,
}))

/** The flow of envelope encryption, KMS's steps and the browser's told apart, `at` highlighted. */
export function EnvelopeDiagram({ at }: { at: number }) {
  return <FlowDiagram label="The flow of envelope encryption" boxes={BOXES} current={at} />
}
