import type { ReactNode } from 'react'
import { MUTED_TEXT } from './colours.ts'

export interface Step {
  readonly id: string
  readonly label: ReactNode
}

// The current step takes the navigation tab's colours (amber-900 on amber-100, amber-200 on
// amber-500/20: contrast-tested with NAV_LINK_CLASSES); steps done are slate text, steps ahead muted.
const ITEM =
  'flex items-center gap-1.5 rounded-md px-2 py-1 text-sm whitespace-nowrap aria-[current=step]:bg-amber-100 aria-[current=step]:font-semibold aria-[current=step]:text-amber-900 dark:aria-[current=step]:bg-amber-500/20 dark:aria-[current=step]:text-amber-200'
const DONE =
  'text-slate-700 underline decoration-1 underline-offset-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-slate-300 dark:hover:bg-slate-800'
const NUMBER = 'inline-grid size-5 place-items-center rounded-full border border-current text-xs'

/**
 * Where a multi-step task stands (a wizard): its steps in order, the current one marked
 * `aria-current="step"`, and each step already done a button back to it when `onSelect` is
 * given. Steps ahead are text: the task's own Next reaches them, once each is complete.
 * @see https://www.w3.org/WAI/tutorials/forms/multi-page/
 */
export function Stepper({
  label,
  steps,
  current,
  onSelect,
  className = '',
}: {
  /** Names the list of steps, e.g. "Steps to create a key". */
  label: string
  steps: readonly Step[]
  /** The index of the step shown. */
  current: number
  /** Go back to a step done; without it, steps done are text too. */
  onSelect?: (index: number) => void
  /** Layout only. */
  className?: string
}) {
  return (
    <nav aria-label={label} className={className}>
      <ol className="flex flex-wrap gap-1">
        {steps.map((step, index) => {
          const content = (
            <>
              <span aria-hidden="true" className={NUMBER}>
                {index + 1}
              </span>
              {step.label}
              {index < current && <span className="sr-only">(done)</span>}
            </>
          )
          return (
            <li key={step.id}>
              {index < current && onSelect ? (
                <button type="button" className={`${ITEM} ${DONE}`} onClick={() => onSelect(index)}>
                  {content}
                </button>
              ) : (
                <span
                  aria-current={index === current ? 'step' : undefined}
                  className={`${ITEM} ${index > current ? MUTED_TEXT : ''}`}
                >
                  {content}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
