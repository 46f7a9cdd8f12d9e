import type { ReactNode } from 'react'
import { MUTED_TEXT } from './colours.ts'

/** Who does a box's work, told apart by its border: the learner, a service (KMS), local code. */
export type FlowLane = 'neutral' | 'service' | 'local'

const LANE_CLASSES: Readonly<Record<FlowLane, string>> = {
  neutral: 'border-slate-400 dark:border-slate-500',
  service: 'border-amber-500 dark:border-amber-400',
  local: 'border-sky-600 dark:border-sky-400',
}

export interface FlowBox {
  readonly id: string
  readonly label: ReactNode
  readonly lane: FlowLane
  /** Who does it, shown above the label ("KMS", "Browser"). */
  readonly laneLabel: string
}

/**
 * A flow of steps as boxes, the current one highlighted: an ordered list, so a screen reader
 * reads it in order and hears which step is current (`aria-current="step"`), and the steps before
 * it say they are done. Unlike Stepper it navigates nowhere: it pictures where a walkthrough is.
 */
export function FlowDiagram({
  label,
  boxes,
  current,
}: {
  label: string
  boxes: readonly FlowBox[]
  current: number
}) {
  return (
    <ol aria-label={label} className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-1">
      {boxes.map((box, i) => (
        <li
          key={box.id}
          aria-current={i === current ? 'step' : undefined}
          className={`min-w-0 rounded-md border-2 border-l-8 px-2 py-2 wrap-anywhere sm:px-3 ${LANE_CLASSES[box.lane]} ${
            i === current
              ? 'bg-amber-100 font-semibold ring-2 ring-amber-600 dark:bg-amber-950 dark:ring-amber-400'
              : ''
          }`}
        >
          <span className={`block text-sm ${MUTED_TEXT}`}>
            {i + 1}. {box.laneLabel}
            {i < current && ' · done'}
          </span>
          <span className="block text-sm sm:text-base">{box.label}</span>
        </li>
      ))}
    </ol>
  )
}
