import './presenter-frame.css'
import { useState, type ReactNode } from 'react'
import { useLocation } from 'wouter'
import { Button } from './button.tsx'
import { ButtonLink } from './button-link.tsx'
import { Kbd } from './kbd.tsx'
import { ProgressBar } from './progress-bar.tsx'
import { usePresenterKeys } from './use-presenter-keys.ts'

/**
 * Presenter mode's colours: the most contrast each scheme has (slate-950 on white is 19:1, and
 * slate-50 on slate-950 18:1), since a projector washes colours out; the muted line is still
 * 7:1 or more (AAA). The contrast test of the frame measures them.
 */
export const PRESENTER_CLASSES = {
  surface: 'bg-white text-slate-950 dark:bg-slate-950 dark:text-slate-50',
  muted: 'text-slate-700 dark:text-slate-300',
  rule: 'border-slate-300 dark:border-slate-700',
  /** The blanked screen: black in both schemes, as a projector's "b". */
  blank: 'bg-black',
} as const

/**
 * Type sizes that read from the back of a room, from the viewport's height (a projector is
 * 1080 or 768 px high whatever its width), capped by its width on a narrow screen. The question
 * is 5.5 % of the height: 59 px at 1920×1080 (issue 14 asks at least 4 %).
 */
export const PRESENTER_TYPE = {
  /** The item shown: a card's question, a step's title. */
  question: 'presenter-question leading-tight font-semibold',
  /** What answers it: a card's back, a step's explanation. */
  answer: 'presenter-answer leading-snug',
  /** Notes under it: sources, what changed at AWS, call details. */
  note: 'presenter-note leading-snug',
  /** The note size on a kit piece that sets its own (a Callout's `text-sm`): it wins. */
  noteOnPiece: 'presenter-note-on-piece leading-snug',
} as const

/**
 * The full-window frame of presenter mode (issue 14): a title line with the way out, the item in
 * room-readable type, and a footer with Back and Next, where the presentation stands ("3 / 12"
 * and a progress bar) and the keys. It listens for the presenter's keys (`usePresenterKeys`):
 * forward and back as the screen defines them, Home and End, Escape to `exitHref`, and "b" or
 * "." to blank the screen (any key brings it back). Nothing in it moves unless motion is welcome.
 */
export function PresenterFrame({
  title,
  exitHref,
  exitLabel = 'Exit',
  position,
  total,
  progressLabel = 'Presentation progress',
  onForward,
  onBack,
  onFirst,
  onLast,
  forwardLabel = 'Next',
  forwardDisabled = false,
  backDisabled = false,
  actions,
  children,
}: {
  /** The title line: what is presented. */
  title: string
  /** Where Exit and Escape go: the same content outside presenter mode. */
  exitHref: `/${string}`
  exitLabel?: string
  /** Where the presentation stands, from 1; without it (or with `total` 0) no progress shows. */
  position?: number
  total?: number
  progressLabel?: string
  onForward: () => void
  onBack: () => void
  onFirst?: () => void
  onLast?: () => void
  /** What forward does now: "Show answer", "Next card", "Call Decrypt". */
  forwardLabel?: string
  forwardDisabled?: boolean
  backDisabled?: boolean
  /** Beside Exit: a "Copy link" of the presentation, say. */
  actions?: ReactNode
  children: ReactNode
}) {
  const [blank, setBlank] = useState(false)
  const [, navigate] = useLocation()
  // While the screen is blank, any of the presenter's keys only brings it back.
  const unblankOr = (action: (() => void) | undefined) =>
    action && (() => (blank ? setBlank(false) : action()))
  usePresenterKeys({
    forward: unblankOr(onForward)!,
    back: unblankOr(onBack)!,
    first: unblankOr(onFirst),
    last: unblankOr(onLast),
    exit: () => navigate(exitHref),
    blank: () => setBlank((b) => !b),
  })
  const hasProgress = position !== undefined && total !== undefined && total > 0

  return (
    <div className={`flex min-h-dvh flex-col ${PRESENTER_CLASSES.surface}`}>
      <header
        className={`presenter-bar flex flex-wrap items-center gap-x-6 gap-y-2 border-b ${PRESENTER_CLASSES.rule}`}
      >
        <h1 className="presenter-title min-w-0 flex-1 font-bold tracking-tight">{title}</h1>
        {actions}
        <ButtonLink href={exitHref} size="lg">
          {exitLabel} <span className="sr-only">presenter mode</span>
        </ButtonLink>
      </header>
      <div className="presenter-body min-h-0 flex-1">{children}</div>
      <footer
        className={`presenter-bar-bottom flex flex-wrap items-center gap-x-6 gap-y-3 border-t ${PRESENTER_CLASSES.rule}`}
      >
        <div className="flex gap-2">
          <Button size="lg" onClick={onBack} disabled={backDisabled}>
            Back
          </Button>
          <Button size="lg" variant="primary" onClick={onForward} disabled={forwardDisabled}>
            {forwardLabel}
          </Button>
        </div>
        {hasProgress && (
          <div className="presenter-progress flex-1">
            <ProgressBar
              label={progressLabel}
              value={position}
              max={total}
              step={`${position} / ${total}`}
            />
          </div>
        )}
        <p className={`presenter-keys touch-only:hidden ${PRESENTER_CLASSES.muted}`}>
          <Kbd>Space</Kbd> <Kbd>→</Kbd> <Kbd>PgDn</Kbd> on · <Kbd>←</Kbd> <Kbd>PgUp</Kbd> back ·{' '}
          <Kbd>B</Kbd> blank · <Kbd>Esc</Kbd> exit
        </p>
      </footer>
      {blank && (
        <div className={`fixed inset-0 z-50 ${PRESENTER_CLASSES.blank}`}>
          <p role="status" className="sr-only">
            The screen is blank. Press B to show it again.
          </p>
        </div>
      )}
    </div>
  )
}
