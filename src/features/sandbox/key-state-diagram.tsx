import { useId, useRef } from 'react'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { LINK_CLASSES } from '@/components/ui/text-link.tsx'
import { useScrolls } from '@/components/ui/data-table.tsx'
import type { KeyState } from '@/core/kms/index.ts'
import {
  describeDiagram,
  DIAGRAM_STATES,
  STATE_ALLOWS,
  TRANSITIONS,
  type DiagramState,
  type Transition,
} from './key-state-guide.ts'

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
}
const BOX_HEIGHT = 40

/** Where each state sits on the 680 × 244 drawing. */
const BOXES: Readonly<Record<DiagramState, Box>> = {
  Enabled: { x: 60, y: 20, width: 150 },
  Disabled: { x: 60, y: 195, width: 150 },
  PendingDeletion: { x: 400, y: 108, width: 170 },
  Deleted: { x: 430, y: 0, width: 110 },
}

/** Where a move's label goes: beside a vertical arrow, or along a slanted one. */
type LabelSide = 'left' | 'right' | 'above' | 'below'

interface Arrow {
  readonly move: Transition
  /** Shifts the arrow sideways (to its left, in its direction), so two-way pairs do not overlap. */
  readonly offset: number
  readonly side: LabelSide
}

const ARROW_LAYOUT: readonly { offset: number; side: LabelSide }[] = [
  { offset: 28, side: 'right' }, // DisableKey: shifted to its left, which is the drawing's right
  { offset: 28, side: 'left' }, // EnableKey
  { offset: 0, side: 'above' }, // ScheduleKeyDeletion from Enabled
  { offset: 12, side: 'above' }, // ScheduleKeyDeletion from Disabled
  { offset: 12, side: 'below' }, // CancelKeyDeletion
  { offset: 0, side: 'right' }, // the waiting period ends
]
const ARROWS: readonly Arrow[] = TRANSITIONS.map((move, i) => ({
  move,
  ...ARROW_LAYOUT[i]!,
}))

type Point = readonly [number, number]

const centre = (box: Box): Point => [box.x + box.width / 2, box.y + BOX_HEIGHT / 2]

/** How far along `d` from `p` (inside `box`) the line leaves the box. */
function exitAlong(box: Box, p: Point, d: Point): number {
  const along = (from: number, low: number, high: number, step: number) =>
    step > 0 ? (high - from) / step : step < 0 ? (low - from) / step : Infinity
  return Math.min(
    along(p[0], box.x, box.x + box.width, d[0]),
    along(p[1], box.y, box.y + BOX_HEIGHT, d[1]),
  )
}

/** The arrow from edge to edge of its two boxes, and where and how its label sits. */
function drawArrow({ move, offset, side }: Arrow) {
  const from = BOXES[move.from]
  const to = BOXES[move.to]
  const [cx1, cy1] = centre(from)
  const [cx2, cy2] = centre(to)
  const length = Math.hypot(cx2 - cx1, cy2 - cy1)
  const d: Point = [(cx2 - cx1) / length, (cy2 - cy1) / length]
  // The arrow's left, looking along it (SVG's y grows downwards).
  const left: Point = [d[1], -d[0]]
  const p1: Point = [cx1 + left[0] * offset, cy1 + left[1] * offset]
  const p2: Point = [cx2 + left[0] * offset, cy2 + left[1] * offset]
  const start = exitAlong(from, p1, d) + 2
  const end = exitAlong(to, p2, [-d[0], -d[1]]) + 3
  const a: Point = [p1[0] + d[0] * start, p1[1] + d[1] * start]
  const b: Point = [p2[0] - d[0] * end, p2[1] - d[1] * end]
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]
  const path = `M${a[0].toFixed(1)} ${a[1].toFixed(1)} L${b[0].toFixed(1)} ${b[1].toFixed(1)}`
  if (side === 'left' || side === 'right') {
    const x = mid[0] + (side === 'left' ? -6 : 6)
    return {
      path,
      label: {
        x,
        y: mid[1] + 4,
        anchor: side === 'left' ? ('end' as const) : ('start' as const),
        transform: undefined,
      },
    }
  }
  // Along a slanted arrow, never upside down.
  let angle = (Math.atan2(d[1], d[0]) * 180) / Math.PI
  if (angle > 90) angle -= 180
  if (angle < -90) angle += 180
  return {
    path,
    label: {
      x: 0,
      y: side === 'above' ? -7 : 15,
      anchor: 'middle' as const,
      transform: `translate(${mid[0].toFixed(1)} ${mid[1].toFixed(1)}) rotate(${angle.toFixed(1)})`,
    },
  }
}

/**
 * The drawing takes its colours from the kit's text colours through `currentColor` (lines and
 * labels in MUTED_TEXT, the current state in the link amber), so it adds no CSS of its own to
 * the stylesheet every screen loads, the first card's included.
 */
const CURRENT_STATE = LINK_CLASSES

/**
 * AWS's key states as a diagram, the key's current state highlighted, and beside it what each
 * state allows (the text a screen reader reads; the drawing has a description of its own).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 */
export function KeyStateDiagram({ current }: { current: KeyState }) {
  const id = useId()
  const box = useRef<HTMLDivElement>(null)
  const scrolls = useScrolls(box)
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-3">
      <figcaption id={`${id}-caption`} className="sr-only">
        Key states
      </figcaption>
      {/* A diagram keeps its layout (WCAG 1.4.10 exempts it): on a phone it scrolls in its box. */}
      <div
        ref={box}
        className="overflow-x-auto"
        {...(scrolls && { role: 'region', 'aria-label': 'State diagram', tabIndex: 0 })}
      >
        <svg
          viewBox="0 -4 680 244"
          role="img"
          aria-labelledby={`${id}-title`}
          width="680"
          height="248"
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
              <path d="M0 0 L10 5 L0 10 z" fill="currentColor" className={MUTED_TEXT} />
            </marker>
          </defs>
          {ARROWS.map((arrow) => {
            const { path, label } = drawArrow(arrow)
            return (
              <g key={`${arrow.move.from}-${arrow.move.to}`}>
                <path
                  d={path}
                  fill="none"
                  stroke="currentColor"
                  className={MUTED_TEXT}
                  strokeWidth="1.5"
                  markerEnd={`url(#${id}-head)`}
                />
                <text
                  x={label.x}
                  y={label.y}
                  transform={label.transform}
                  textAnchor={label.anchor}
                  fill="currentColor"
                  fontSize="12"
                  className="font-mono"
                >
                  {arrow.move.by.replace(/^the /, '')}
                </text>
              </g>
            )
          })}
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
                  fill="none"
                  stroke="currentColor"
                  className={isCurrent ? CURRENT_STATE : MUTED_TEXT}
                  strokeWidth={isCurrent ? 3 : 1.5}
                  strokeDasharray={state === 'Deleted' ? '5 4' : undefined}
                />
                <text
                  x={box.x + box.width / 2}
                  y={box.y + BOX_HEIGHT / 2 + 5}
                  textAnchor="middle"
                  fill="currentColor"
                  fontSize="15"
                  fontWeight={isCurrent ? 'bold' : undefined}
                >
                  {state}
                </text>
              </g>
            )
          })}
        </svg>
      </div>
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
