import { useId } from 'react'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import type { KeyState } from '@/core/kms/index.ts'
import {
  describeDiagram,
  DIAGRAM_STATES,
  STATE_ALLOWS,
  type DiagramState,
} from './key-state-guide.ts'

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
}
const BOX_HEIGHT = 40

/** Where each state sits on the 600 × 220 drawing. */
const BOXES: Readonly<Record<DiagramState, Box>> = {
  Enabled: { x: 80, y: 10, width: 150 },
  Disabled: { x: 80, y: 170, width: 150 },
  PendingDeletion: { x: 370, y: 90, width: 170 },
  Deleted: { x: 395, y: 0, width: 120 },
}

interface Arrow {
  readonly path: string
  readonly label: string
  readonly labelX: number
  readonly labelY: number
  readonly anchor: 'start' | 'middle' | 'end'
}

/** The transitions of key-state-guide.ts, drawn. */
const ARROWS: readonly Arrow[] = [
  { path: 'M115 50 V168', label: 'DisableKey', labelX: 108, labelY: 114, anchor: 'end' },
  { path: 'M195 170 V52', label: 'EnableKey', labelX: 202, labelY: 114, anchor: 'start' },
  {
    path: 'M230 36 L368 98',
    label: 'ScheduleKeyDeletion',
    labelX: 285,
    labelY: 50,
    anchor: 'start',
  },
  {
    path: 'M230 180 L368 124',
    label: 'ScheduleKeyDeletion',
    labelX: 250,
    labelY: 140,
    anchor: 'start',
  },
  {
    path: 'M420 130 L234 204',
    label: 'CancelKeyDeletion',
    labelX: 330,
    labelY: 203,
    anchor: 'start',
  },
  { path: 'M455 90 V42', label: 'waiting period ends', labelX: 462, labelY: 72, anchor: 'start' },
]

// kit-exception: the diagram's own drawing colours (the current state in the brand amber)
const SHAPE = {
  box: 'fill-white stroke-slate-500 dark:fill-slate-900 dark:stroke-slate-400',
  current: 'fill-amber-100 stroke-amber-700 dark:fill-amber-500/20 dark:stroke-amber-400',
  text: 'fill-slate-900 dark:fill-slate-100',
  line: 'stroke-slate-500 dark:stroke-slate-400',
  head: 'fill-slate-500 dark:fill-slate-400',
}

/**
 * AWS's key states as a diagram, the key's current state highlighted, and beside it what each
 * state allows (the text a screen reader reads; the drawing has a description of its own).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */
export function KeyStateDiagram({ current }: { current: KeyState }) {
  const id = useId()
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-3">
      <figcaption id={`${id}-caption`} className="text-sm font-semibold">
        Key states
      </figcaption>
      <svg
        viewBox="0 -4 600 218"
        role="img"
        aria-labelledby={`${id}-title`}
        className="w-full max-w-xl"
      >
        <title id={`${id}-title`}>{describeDiagram(current)}</title>
        <defs>
          <marker
            id={`${id}-head`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L10 5 L0 10 z" className={SHAPE.head} />
          </marker>
        </defs>
        {ARROWS.map((arrow) => (
          <g key={`${arrow.path}`}>
            <path
              d={arrow.path}
              className={`${SHAPE.line} fill-none`}
              strokeWidth="1.5"
              markerEnd={`url(#${id}-head)`}
            />
            <text
              x={arrow.labelX}
              y={arrow.labelY}
              textAnchor={arrow.anchor}
              className={`${SHAPE.text} font-mono text-[12px]`}
            >
              {arrow.label}
            </text>
          </g>
        ))}
        {DIAGRAM_STATES.map((state) => {
          const box = BOXES[state]
          const isCurrent = state === current
          return (
            <g key={state} data-state={state} data-current={isCurrent || undefined}>
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={BOX_HEIGHT}
                rx="8"
                className={isCurrent ? SHAPE.current : SHAPE.box}
                strokeWidth={isCurrent ? 3 : 1.5}
                strokeDasharray={state === 'Deleted' ? '5 4' : undefined}
              />
              <text
                x={box.x + box.width / 2}
                y={box.y + BOX_HEIGHT / 2 + 5}
                textAnchor="middle"
                className={`${SHAPE.text} text-[15px] ${isCurrent ? 'font-bold' : ''}`}
              >
                {state}
              </text>
            </g>
          )
        })}
      </svg>
      <ul aria-label="What each state allows" className="space-y-2 text-sm">
        {DIAGRAM_STATES.map((state) => (
          <li
            key={state}
            aria-current={state === current ? 'true' : undefined}
            className={state === current ? 'font-medium' : ''}
          >
            <strong className="font-mono">{state}</strong>
            {state === current && ' (this key)'}: {STATE_ALLOWS[state]}
          </li>
        ))}
      </ul>
      <p className={`text-xs ${MUTED_TEXT}`}>
        AWS has five more states the sandbox does not reach: PendingImport (imported key material),
        Unavailable (custom key stores), and Creating, Updating and PendingReplicaDeletion
        (multi-Region keys).
      </p>
    </figure>
  )
}
